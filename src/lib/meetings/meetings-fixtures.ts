/**
 * A small meetings log for tests, built through the same changes the pages
 * make: two accountability boards (12 March and 7 May 2026) and a Panel.
 */
import { addAgendaItem, addMeeting, raiseAction, rateAgendaItem, type LogChange, type NewId } from './log-changes';
import { emptyLog, type Meeting, type MeetingsLog } from './meetings-log';

/** Ids a-1, u-2, …: the same on every run. */
export function counterIds(): NewId {
	let next = 0;
	return (prefix) => `${prefix}-${++next}`;
}

/** The board at which the actions are raised. */
export const marchBoard: Meeting = { id: 'm-march', name: 'Strategic Assurance Board', type: 'accountability board', date: '2026-03-12', status: 'held' };
/** The next board: the actions carry forward to it, and the one due 30 April is overdue there. */
export const mayBoard: Meeting = { id: 'm-may', name: 'Strategic Assurance Board', type: 'accountability board', date: '2026-05-07', status: 'planned' };
/** A Panel between the boards: of another type, so nothing carries forward to it. */
export const aprilPanel: Meeting = { id: 'm-panel', name: 'Police and Crime Panel', type: 'Panel', date: '2026-04-20', status: 'planned' };

/** Applies changes one after another, each made from the log as it then stands. */
export function applyAll(log: MeetingsLog, ...changes: ((log: MeetingsLog) => LogChange)[]): MeetingsLog {
	return changes.reduce((current, make) => make(current).apply(current), log);
}

/**
 * The March board: two items (custody visiting rated Partly assured; referrals
 * not rated), two actions (one due 30 April, one due 30 June) and the Panel.
 */
export function marchLog(newId: NewId = counterIds()): MeetingsLog {
	return applyAll(
		emptyLog,
		(log) => addMeeting(log, marchBoard, newId),
		(log) => addMeeting(log, aprilPanel, newId),
		() =>
			addAgendaItem({
				id: 'i-custody',
				meetingId: 'm-march',
				topic: 'Custody visiting',
				measureIds: ['icv-compliance', 'icv-detainees-seen'],
				viewPaths: ['/custody-visiting'],
				period: '2025/26-Q3'
			}),
		() => addAgendaItem({ id: 'i-referrals', meetingId: 'm-march', topic: 'Referrals', measureIds: ['referrals-volume'], viewPaths: ['/referrals'], period: '2025/26-Q3' }),
		() => rateAgendaItem('m-march', { itemId: 'i-custody', rating: 'Partly assured', reason: 'Declined visits not explained.', ratedOn: '2026-03-12' }),
		() =>
			raiseAction({
				id: 'a-declined',
				action: 'Explain declined visits by suite',
				owner: 'Chief Constable',
				raisedAt: 'm-march',
				measureId: 'icv-detainees-seen',
				viewPath: '/custody-visiting',
				dueDate: '2026-04-30'
			}),
		() =>
			raiseAction({
				id: 'a-referrals',
				action: 'Split referrals by source',
				owner: 'ACC Local Policing',
				raisedAt: 'm-march',
				measureId: 'referrals-volume',
				viewPath: '/referrals',
				dueDate: '2026-06-30'
			})
	);
}
