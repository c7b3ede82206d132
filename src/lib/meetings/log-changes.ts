/**
 * Every edit to the meetings log as a value: what it does to a log, in words,
 * and which meetings it touches. The store applies a change to the log as
 * saved on the device at that moment (not to a tab's copy), and refuses it
 * when another tab has changed one of the meetings it touches since this tab
 * last saw them.
 */
import { actionStatuses } from '$lib/contracts/meetings/actions';
import { formatDate } from '$lib/format/uk';
import { isOpen } from './action-status';
import {
	meetingById,
	type Action,
	type ActionStatus,
	type ActionUpdate,
	type AgendaItem,
	type AssuranceRating,
	type Decision,
	type Meeting,
	type MeetingsLog
} from './meetings-log';

/** One edit to the log. */
export interface LogChange {
	/** What the change did, for "Undo: …" and notices. */
	readonly description: string;
	/** The meetings whose records it changes; the whole log when undefined. */
	readonly meetingIds?: readonly string[];
	readonly apply: (log: MeetingsLog) => MeetingsLog;
}

/** Makes a new id with a prefix; the pages use random ids, tests a counter. */
export type NewId = (prefix: string) => string;

/** The actions that carry forward to a new meeting: still open, on the log of an earlier meeting of its type. */
export function actionsToCarryForward(log: MeetingsLog, meeting: Meeting): Action[] {
	return log.actions.filter((action) => {
		const on = meetingById(log, action.onLogOf);
		return isOpen(action) && on !== undefined && on.id !== meeting.id && on.type === meeting.type && on.date < meeting.date;
	});
}

/** Adds a meeting, and carries forward to it every open action of earlier meetings of its type, noting each in its updates. */
export function addMeeting(log: MeetingsLog, meeting: Meeting, newId: NewId): LogChange {
	const carried = actionsToCarryForward(log, meeting);
	return {
		description: `add ${meeting.name} on ${formatDate(meeting.date)}`,
		meetingIds: [meeting.id, ...new Set(carried.map((action) => action.onLogOf))],
		apply: (current) => {
			const moving = new Set(actionsToCarryForward({ ...current, meetings: [...current.meetings, meeting] }, meeting).map((a) => a.id));
			const notes: ActionUpdate[] = current.actions
				.filter((action) => moving.has(action.id))
				.map((action) => {
					const from = meetingById(current, action.onLogOf);
					const fromWords = from ? `${from.name} of ${formatDate(from.date)}` : action.onLogOf;
					return { id: newId('u'), actionId: action.id, date: meeting.date, update: `Carried forward from ${fromWords} to ${meeting.name} of ${formatDate(meeting.date)}.` };
				});
			return {
				...current,
				meetings: [...current.meetings, meeting],
				actions: current.actions.map((action) => (moving.has(action.id) ? { ...action, onLogOf: meeting.id, status: 'carried forward' as const } : action)),
				actionUpdates: [...current.actionUpdates, ...notes]
			};
		}
	};
}

/** Marks a meeting planned or held. */
export function setMeetingStatus(meetingId: string, status: Meeting['status']): LogChange {
	return {
		description: `mark the meeting ${status}`,
		meetingIds: [meetingId],
		apply: (log) => ({ ...log, meetings: log.meetings.map((m) => (m.id === meetingId ? { ...m, status } : m)) })
	};
}

/** Adds an item at the end of a meeting's agenda (its number is one after the last). */
export function addAgendaItem(item: Omit<AgendaItem, 'number'>): LogChange {
	return {
		description: `add "${item.topic}" to the agenda`,
		meetingIds: [item.meetingId],
		apply: (log) => {
			const numbers = log.agendaItems.filter((other) => other.meetingId === item.meetingId).map((other) => other.number);
			return { ...log, agendaItems: [...log.agendaItems, { ...item, number: Math.max(0, ...numbers) + 1 }] };
		}
	};
}

/** Records (or replaces) the assurance rating of an agenda item. */
export function rateAgendaItem(meetingId: string, rating: AssuranceRating): LogChange {
	return {
		description: `rate an agenda item ${rating.rating}`,
		meetingIds: [meetingId],
		apply: (log) => ({
			...log,
			assuranceRatings: [...log.assuranceRatings.filter((r) => r.itemId !== rating.itemId), rating]
		})
	};
}

/** Raises an action at a meeting. */
export function raiseAction(action: Omit<Action, 'onLogOf' | 'status' | 'closedOn'>): LogChange {
	return {
		description: `raise the action "${action.action}"`,
		meetingIds: [action.raisedAt],
		apply: (log) => ({ ...log, actions: [...log.actions, { ...action, onLogOf: action.raisedAt, status: 'open', closedOn: '' }] })
	};
}

/** Adds a dated update to an action on a meeting's log. */
export function addActionUpdate(meetingId: string, update: ActionUpdate): LogChange {
	return {
		description: 'add an update to an action',
		meetingIds: [meetingId],
		apply: (log) => ({ ...log, actionUpdates: [...log.actionUpdates, update] })
	};
}

/**
 * Sets an action's status at a meeting. Done or closed records the meeting's
 * date as when; open again clears it. "Carried forward" is set only by adding a meeting.
 */
export function setActionStatus(action: Action, status: Exclude<ActionStatus, 'carried forward'>, at: Meeting): LogChange {
	if (!actionStatuses.includes(status)) throw new Error(`No action status "${status}"`);
	return {
		description: `mark the action "${action.action}" ${status}`,
		meetingIds: [action.onLogOf],
		apply: (log) => ({
			...log,
			actions: log.actions.map((other) => (other.id === action.id ? { ...other, status, closedOn: status === 'open' ? '' : at.date } : other))
		})
	};
}

/** Records a decision taken at a meeting. */
export function addDecision(decision: Decision): LogChange {
	return {
		description: 'record a decision',
		meetingIds: [decision.meetingId],
		apply: (log) => ({ ...log, decisions: [...log.decisions, decision] })
	};
}

/** Replaces one dataset of the log (a loaded CSV): it touches every meeting. */
export function replaceDataset<K extends keyof MeetingsLog>(dataset: K, rows: MeetingsLog[K], title: string): LogChange {
	return {
		description: `load ${title}`,
		apply: (log) => ({ ...log, [dataset]: rows })
	};
}

/** Replaces the whole log with another (a meeting snapshot opened): it touches every meeting, and can be undone. */
export function replaceLog(replacement: MeetingsLog, description: string): LogChange {
	return { description, apply: () => replacement };
}
