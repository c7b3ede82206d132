// The registry against its model with its tables in memory, as a browser with no file system for the database keeps them.
import { describeModelRuns } from './dataset-store.model.fixtures';

describeModelRuns('in memory', false);
