/**
 * The meetings log: meetings, their agendas and assurance ratings, the actions
 * log and its updates, and the decisions. Plain data with ISO dates
 * (YYYY-MM-DD), one array per dataset in src/lib/contracts/meetings, so it is
 * saved on the device and written to CSV as it stands.
 */
import type { actionStatuses } from '$lib/contracts/meetings/actions';

/** The kinds of meeting, as the meetings contract lists them. */
export type MeetingType = 'Panel' | 'accountability board' | 'other';

/** A Panel meeting or accountability board. */
export interface Meeting {
	readonly id: string;
	readonly name: string;
	readonly type: MeetingType;
	readonly date: string;
	readonly status: 'planned' | 'held';
}

/** A topic on a meeting's agenda, tied to measures and views, for a period. */
export interface AgendaItem {
	readonly id: string;
	readonly meetingId: string;
	readonly number: number;
	readonly topic: string;
	readonly measureIds: readonly string[];
	readonly viewPaths: readonly string[];
	/** The period in its URL form: 2025/26, 2025/26-Q3 or 2025-12. */
	readonly period: string;
}

/** How assured the Commissioner was by an agenda item. */
export type Rating = 'Assured' | 'Partly assured' | 'Not assured';

/** The rating of one agenda item. */
export interface AssuranceRating {
	readonly itemId: string;
	readonly rating: Rating;
	readonly reason: string;
	readonly ratedOn: string;
}

/** Where an action stands. */
export type ActionStatus = (typeof actionStatuses)[number];

/** An action on the log. */
export interface Action {
	readonly id: string;
	readonly action: string;
	readonly owner: string;
	readonly raisedAt: string;
	/** The meeting whose log it is on now: where it was raised, or the latest it was carried forward to. */
	readonly onLogOf: string;
	/** Blank when it concerns no single measure. */
	readonly measureId: string;
	/** Blank when it concerns no view. */
	readonly viewPath: string;
	readonly dueDate: string;
	readonly status: ActionStatus;
	/** The date of the meeting it was marked done or closed at; blank while open. */
	readonly closedOn: string;
}

/** Progress reported on an action. */
export interface ActionUpdate {
	readonly id: string;
	readonly actionId: string;
	readonly date: string;
	readonly update: string;
}

/** A decision taken at a meeting. */
export interface Decision {
	readonly id: string;
	readonly meetingId: string;
	readonly decision: string;
	readonly decidedBy: string;
	readonly date: string;
}

/** Every record of the meetings log, one array per dataset. */
export interface MeetingsLog {
	readonly meetings: readonly Meeting[];
	readonly agendaItems: readonly AgendaItem[];
	readonly assuranceRatings: readonly AssuranceRating[];
	readonly actions: readonly Action[];
	readonly actionUpdates: readonly ActionUpdate[];
	readonly decisions: readonly Decision[];
}

/** A log with nothing in it. */
export const emptyLog: MeetingsLog = {
	meetings: [],
	agendaItems: [],
	assuranceRatings: [],
	actions: [],
	actionUpdates: [],
	decisions: []
};

/** Meetings oldest first; two on one day in the order they were added. */
export function meetingsInOrder(log: MeetingsLog): Meeting[] {
	return log.meetings
		.map((meeting, index) => ({ meeting, index }))
		.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.index - b.index)
		.map(({ meeting }) => meeting);
}

/** The meeting with this id, or undefined. */
export function meetingById(log: MeetingsLog, id: string): Meeting | undefined {
	return log.meetings.find((meeting) => meeting.id === id);
}

/**
 * The meeting of the same type before this one (by date), or undefined for the
 * first: a board's actions come back to the next board, not to the Panel.
 */
export function previousMeeting(log: MeetingsLog, meetingId: string): Meeting | undefined {
	const type = meetingById(log, meetingId)?.type;
	const ordered = meetingsInOrder(log).filter((meeting) => meeting.type === type);
	const at = ordered.findIndex((meeting) => meeting.id === meetingId);
	return at > 0 ? ordered[at - 1] : undefined;
}
