/**
 * Which columns of the meetings datasets name a record of another: an agenda
 * item's meeting, a rating's agenda item, an action's meetings, an update's
 * action, a decision's meeting. A loaded file whose rows name a record the log
 * does not hold would leave items, ratings or updates that no page can show.
 */
import type { MeetingsLog } from './meetings-log';

interface Reference {
	readonly column: string;
	/** What a cell must name, in words. */
	readonly expected: string;
	readonly ids: (log: MeetingsLog) => readonly string[];
}

const meetingIds = (log: MeetingsLog) => log.meetings.map((meeting) => meeting.id);
const aMeeting = 'the meeting_id of a meeting in the meetings log (load Meetings first)';

const references: { readonly [K in keyof MeetingsLog]: readonly Reference[] } = {
	meetings: [],
	agendaItems: [{ column: 'meeting_id', expected: aMeeting, ids: meetingIds }],
	assuranceRatings: [{ column: 'item_id', expected: 'the item_id of an agenda item in the log (load Agenda items first)', ids: (log) => log.agendaItems.map((item) => item.id) }],
	actions: [
		{ column: 'raised_at', expected: aMeeting, ids: meetingIds },
		{ column: 'on_log_of', expected: aMeeting, ids: meetingIds }
	],
	actionUpdates: [{ column: 'action_id', expected: 'the action_id of an action in the log (load the Actions log first)', ids: (log) => log.actions.map((action) => action.id) }],
	decisions: [{ column: 'meeting_id', expected: aMeeting, ids: meetingIds }]
};

/** The cells of one CSV record that name a record the log does not hold, with what they should name. */
export function unknownReferences(dataset: keyof MeetingsLog, record: Readonly<Record<string, string>>, log: MeetingsLog): { column: string; value: string; expected: string }[] {
	return references[dataset]
		.filter((reference) => !reference.ids(log).includes(record[reference.column] ?? ''))
		.map((reference) => ({ column: reference.column, value: record[reference.column] ?? '', expected: reference.expected }));
}
