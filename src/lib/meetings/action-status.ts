/**
 * Where actions stand at a meeting. Everything is judged against the
 * meeting's date, never today, so a pack for a past meeting says what was
 * true then, and a test gives the same answer on any day.
 */
import { meetingById, previousMeeting, type Action, type MeetingsLog } from './meetings-log';

/** True while an action still needs doing: open, or carried forward. */
export function isOpen(action: Action): boolean {
	return action.status === 'open' || action.status === 'carried forward';
}

/** True when an action is still open on a date after the one it was due. */
export function isOverdue(action: Action, onDate: string): boolean {
	return isOpen(action) && action.dueDate < onDate;
}

/** The actions on a meeting's log: raised there or carried forward to it. */
export function actionsOnLog(log: MeetingsLog, meetingId: string): Action[] {
	return log.actions.filter((action) => action.onLogOf === meetingId);
}

/** Progress against actions at one meeting, as its agenda item of that name reports it. */
export interface ActionProgress {
	/** Open or carried forward on this meeting's log. */
	readonly open: readonly Action[];
	/** Of those, due before the meeting's date. */
	readonly overdue: readonly Action[];
	/** Marked done or closed after the previous meeting of its type, up to this meeting's date. */
	readonly closedSinceLast: readonly Action[];
}

/** Open, overdue and closed-since-the-last-meeting actions for a meeting, judged at its date. */
export function progressAgainstActions(log: MeetingsLog, meetingId: string): ActionProgress {
	const meeting = meetingById(log, meetingId);
	if (!meeting) return { open: [], overdue: [], closedSinceLast: [] };
	const since = previousMeeting(log, meetingId)?.date ?? '';
	const open = actionsOnLog(log, meetingId).filter(isOpen);
	const typeOf = (id: string) => meetingById(log, id)?.type;
	const closedSinceLast = log.actions.filter((action) => !isOpen(action) && typeOf(action.raisedAt) === meeting.type && action.closedOn > since && action.closedOn <= meeting.date);
	return { open, overdue: open.filter((action) => isOverdue(action, meeting.date)), closedSinceLast };
}

/**
 * The actions open on a date about a view (or a measure shown on it): raised
 * at a meeting on or before that date and not done or closed by then. An
 * action's status is today's, so one closed later is counted open before its closing date.
 */
export function openActionsFor(log: MeetingsLog, viewPath: string, asOf: string): Action[] {
	return log.actions.filter((action) => {
		if (action.viewPath !== viewPath) return false;
		const raised = meetingById(log, action.raisedAt);
		if (!raised || raised.date > asOf) return false;
		return isOpen(action) || action.closedOn > asOf;
	});
}
