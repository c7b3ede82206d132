/**
 * What the meetings log says beside a measure or a view: the assurance ratings
 * its agenda items were given, meeting by meeting, and the actions on it still
 * open. Everything is judged at a meeting's date, never today: on screen the
 * next meeting (or, with none planned, the latest), in the pack the pack's meeting.
 */
import { isOpen } from './action-status';
import { meetingById, meetingsInOrder, type Action, type ActionStatus, type Meeting, type MeetingsLog, type Rating } from './meetings-log';

/** What a block of assurance is about: some measures, and optionally a view (its items and actions that name no measure). */
export interface AssuranceSubject {
	readonly measureIds: readonly string[];
	readonly viewPath?: string;
}

/** One rating of an agenda item about the subject, at one meeting. */
export interface RatingEntry {
	readonly meeting: Meeting;
	readonly itemId: string;
	readonly topic: string;
	readonly measureIds: readonly string[];
	readonly rating: Rating;
	readonly reason: string;
}

/** An action open on the subject at the meeting it is judged at. */
export interface OpenAction {
	readonly action: Action;
	/** Where it stood at that meeting: open, or carried forward. */
	readonly status: Extract<ActionStatus, 'open' | 'carried forward'>;
	/** Due before the meeting's date and still open then. */
	readonly overdue: boolean;
}

/**
 * The meeting the measures are judged at on screen: the first meeting on or
 * after today, else the latest held, else undefined (an empty log).
 */
export function judgementMeeting(log: MeetingsLog, today: string): Meeting | undefined {
	const ordered = meetingsInOrder(log);
	return ordered.find((meeting) => meeting.date >= today) ?? ordered.at(-1);
}

const about = (subject: AssuranceSubject, measureIds: readonly string[], viewPaths: readonly string[]) =>
	measureIds.some((id) => subject.measureIds.includes(id)) || (subject.viewPath !== undefined && viewPaths.includes(subject.viewPath));

/** Every rating of an item about the subject at a meeting on or before `asOf`, oldest meeting first. */
export function ratingsAbout(log: MeetingsLog, subject: AssuranceSubject, asOf: string): RatingEntry[] {
	const entries: RatingEntry[] = [];
	for (const item of log.agendaItems) {
		if (!about(subject, item.measureIds, item.viewPaths)) continue;
		const rating = log.assuranceRatings.find((r) => r.itemId === item.id);
		const meeting = meetingById(log, item.meetingId);
		if (!rating || !meeting || meeting.date > asOf) continue;
		entries.push({ meeting, itemId: item.id, topic: item.topic, measureIds: item.measureIds, rating: rating.rating, reason: rating.reason });
	}
	const order = meetingsInOrder(log).map((meeting) => meeting.id);
	return entries.sort((a, b) => order.indexOf(a.meeting.id) - order.indexOf(b.meeting.id));
}

/** The ratings given at the latest meeting that rated the subject: the assurance it has now. */
export function latestRatings(entries: readonly RatingEntry[]): RatingEntry[] {
	const last = entries.at(-1)?.meeting.id;
	return entries.filter((entry) => entry.meeting.id === last);
}

/**
 * The actions on the subject open at `asOf`: raised at a meeting on or before
 * it, not done or closed by then (one closed later was open then), with
 * whether each was overdue at that date. Oldest due first.
 */
export function openActionsAbout(log: MeetingsLog, subject: AssuranceSubject, asOf: string): OpenAction[] {
	return log.actions
		.filter((action) => about(subject, action.measureId ? [action.measureId] : [], action.measureId ? [] : [action.viewPath]))
		.filter((action) => {
			const raised = meetingById(log, action.raisedAt);
			return raised !== undefined && raised.date <= asOf && (isOpen(action) || action.closedOn > asOf);
		})
		.map((action) => ({ action, status: carriedBy(log, action, asOf) ? ('carried forward' as const) : ('open' as const), overdue: action.dueDate < asOf }))
		.sort((a, b) => a.action.dueDate.localeCompare(b.action.dueDate));
}

/**
 * Whether an action had been carried forward by a date: a meeting of its type
 * after the one that raised it, on or before the date, and no later than the
 * meeting whose log it is on now (it is carried to every such meeting in turn).
 */
function carriedBy(log: MeetingsLog, action: Action, asOf: string): boolean {
	const raised = meetingById(log, action.raisedAt);
	const onLog = meetingById(log, action.onLogOf);
	if (!raised || !onLog || onLog.id === raised.id) return false;
	return log.meetings.some((meeting) => meeting.type === raised.type && meeting.date > raised.date && meeting.date <= asOf && meeting.date <= onLog.date);
}

/** A meeting named as a sentence names it: "the Strategic Assurance Board". */
export function theMeeting(meeting: Meeting): string {
	return /^the\s/i.test(meeting.name) ? meeting.name : `the ${meeting.name}`;
}
