import { describe, expect, it } from 'vitest';
import { isOverdue, openActionsFor, progressAgainstActions } from './action-status';
import { assuranceFor, assuranceHistory } from './assurance-history';
import { addAgendaItem, addMeeting, rateAgendaItem, setActionStatus } from './log-changes';
import { applyAll, counterIds, marchLog, mayBoard } from './meetings-fixtures';
import { meetingById, type MeetingsLog } from './meetings-log';

const action = (log: MeetingsLog, id: string) => log.actions.find((a) => a.id === id)!;

describe('carrying actions forward', () => {
	it('moves every open action of the last board to the next board, with a dated note, and leaves the Panel alone', () => {
		const march = marchLog();
		const may = applyAll(march, (log) => addMeeting(log, mayBoard, counterIds()));
		for (const id of ['a-declined', 'a-referrals']) {
			expect(action(may, id)).toMatchObject({ onLogOf: 'm-may', status: 'carried forward', raisedAt: 'm-march' });
			expect(may.actionUpdates.filter((u) => u.actionId === id)).toEqual([
				expect.objectContaining({ date: '2026-05-07', update: 'Carried forward from Strategic Assurance Board of 12 March 2026 to Strategic Assurance Board of 7 May 2026.' })
			]);
		}
		expect(march.actions.every((a) => a.onLogOf === 'm-march' && a.status === 'open')).toBe(true);
	});

	it('does not carry an action that was done, nor to a meeting of another type, nor to an earlier date', () => {
		const march = marchLog();
		const done = applyAll(march, (log) => setActionStatus(action(log, 'a-referrals'), 'done', meetingById(log, 'm-march')!));
		const may = applyAll(done, (log) => addMeeting(log, mayBoard, counterIds()));
		expect(action(may, 'a-referrals')).toMatchObject({ onLogOf: 'm-march', status: 'done', closedOn: '2026-03-12' });
		expect(action(may, 'a-declined').onLogOf).toBe('m-may');
		const panel = applyAll(march, (log) => addMeeting(log, { ...mayBoard, id: 'm-p2', type: 'Panel' }, counterIds()));
		expect(panel.actions.map((a) => a.onLogOf)).toEqual(['m-march', 'm-march']);
		const earlier = applyAll(march, (log) => addMeeting(log, { ...mayBoard, id: 'm-feb', date: '2026-02-01' }, counterIds()));
		expect(earlier.actions.map((a) => a.onLogOf)).toEqual(['m-march', 'm-march']);
	});
});

describe('overdue', () => {
	it('is judged against the meeting date: due 30 April is not overdue on 30 April, is on 7 May, and is not once done', () => {
		const declined = action(marchLog(), 'a-declined');
		expect(isOverdue(declined, '2026-04-30')).toBe(false);
		expect(isOverdue(declined, '2026-05-07')).toBe(true);
		expect(isOverdue({ ...declined, status: 'done' }, '2026-05-07')).toBe(false);
	});
});

describe('progress against actions', () => {
	it('at the May board: two open, one overdue; then one done at it is closed since the last meeting', () => {
		const may = applyAll(marchLog(), (log) => addMeeting(log, mayBoard, counterIds()));
		const before = progressAgainstActions(may, 'm-may');
		expect(before.open.map((a) => a.id)).toEqual(['a-declined', 'a-referrals']);
		expect(before.overdue.map((a) => a.id)).toEqual(['a-declined']);
		expect(before.closedSinceLast).toEqual([]);
		const after = applyAll(may, (log) => setActionStatus(action(log, 'a-declined'), 'done', mayBoard));
		const progress = progressAgainstActions(after, 'm-may');
		expect(progress.open.map((a) => a.id)).toEqual(['a-referrals']);
		expect(progress.overdue).toEqual([]);
		expect(progress.closedSinceLast.map((a) => a.id)).toEqual(['a-declined']);
		// The March board is before it was closed: there it was open.
		expect(progressAgainstActions(after, 'm-march').closedSinceLast).toEqual([]);
	});
});

describe('open actions for a view', () => {
	it('counts an action open from the meeting that raised it until the date it was closed', () => {
		const may = applyAll(marchLog(), (log) => addMeeting(log, mayBoard, counterIds()));
		const closed = applyAll(may, (log) => setActionStatus(action(log, 'a-declined'), 'closed by the Commissioner', mayBoard));
		expect(openActionsFor(closed, '/custody-visiting', '2026-03-01')).toEqual([]);
		expect(openActionsFor(closed, '/custody-visiting', '2026-03-12').map((a) => a.id)).toEqual(['a-declined']);
		expect(openActionsFor(closed, '/custody-visiting', '2026-05-07')).toEqual([]);
		expect(openActionsFor(closed, '/referrals', '2026-05-07').map((a) => a.id)).toEqual(['a-referrals']);
	});
});

describe('assurance history', () => {
	it("lists a measure's ratings meeting by meeting, and gives the latest as at a date", () => {
		const may = applyAll(
			marchLog(),
			(log) => addMeeting(log, mayBoard, counterIds()),
			() => addAgendaItem({ id: 'i-may', meetingId: 'm-may', topic: 'Custody again', measureIds: ['icv-detainees-seen'], viewPaths: ['/custody-visiting'], period: '2025/26-Q4' }),
			() => rateAgendaItem('m-may', { itemId: 'i-may', rating: 'Assured', reason: 'Explained by suite.', ratedOn: '2026-05-07' })
		);
		expect(assuranceHistory(may, 'icv-detainees-seen').map((e) => [e.meeting.date, e.rating])).toEqual([
			['2026-03-12', 'Partly assured'],
			['2026-05-07', 'Assured']
		]);
		expect(assuranceHistory(may, 'icv-compliance').map((e) => e.rating)).toEqual(['Partly assured']);
		expect(assuranceHistory(may, 'referrals-volume')).toEqual([]);
		expect(assuranceFor(may, 'icv-detainees-seen', '2026-04-01')?.rating).toBe('Partly assured');
		expect(assuranceFor(may, 'icv-detainees-seen', '2026-05-07')?.reason).toBe('Explained by suite.');
		expect(assuranceFor(may, 'icv-detainees-seen', '2026-03-11')).toBeUndefined();
	});

	it('keeps one rating per agenda item: rating it again replaces the first', () => {
		const again = applyAll(marchLog(), () => rateAgendaItem('m-march', { itemId: 'i-custody', rating: 'Not assured', reason: 'No figures.', ratedOn: '2026-03-13' }));
		expect(again.assuranceRatings).toHaveLength(1);
		expect(assuranceFor(again, 'icv-compliance', '2026-12-31')?.rating).toBe('Not assured');
	});
});
