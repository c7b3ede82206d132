import type { DatasetContract } from '../contract';
import { actionUpdates } from './action-updates';
import { actions } from './actions';
import { agendaItems } from './agenda-items';
import { assuranceRatings } from './assurance-ratings';
import { decisions } from './decisions';
import { meetings } from './meetings';

export { actionUpdates, actions, agendaItems, assuranceRatings, decisions, meetings };

/**
 * The meetings log's datasets, in data-dictionary order: the meeting, what was
 * on its agenda and how assured the Commissioner was, the actions and their
 * updates, then the decisions. Not in registry.ts yet: whoever merges adds
 * `...meetingContracts` there (no embedded file: users record or load them).
 */
export const meetingContracts: readonly DatasetContract[] = [meetings, agendaItems, assuranceRatings, actions, actionUpdates, decisions];
