// The registry against its model with its tables in a database file, as the browser keeps them on the device: a reload closes the file and opens it again.
import { describeModelRuns } from './dataset-store.model.fixtures';

describeModelRuns('in a database file on the device', true);
