import { describe, expect, it } from 'vitest';
import { addAgendaItem, addMeeting, raiseAction, rateAgendaItem, setActionStatus } from './log-changes';
import { judgementMeeting, latestRatings, openActionsAbout, ratingsAbout, theMeeting } from './measure-assurance';
import { applyAll, counterIds, marchBoard, marchLog, mayBoard } from './meetings-fixtures';
import { emptyLog, meetingById } from './meetings-log';

const custodyView = { measureIds: ['icv-compliance', 'icv-detainees-seen', 'icv-scheduled-completion'], viewPath: '/custody-visiting' };

/** The March log, then the May board (actions carried forward), where custody visiting is rated again and the declined-visits action is done. */
function mayLog() {
	return applyAll(
		marchLog(),
		(log) => addMeeting(log, mayBoard, counterIds()),
		() =>
			addAgendaItem({
				id: 'i-may-custody',
				meetingId: 'm-may',
				topic: 'Custody visiting again',
				measureIds: ['icv-detainees-seen'],
				viewPaths: ['/custody-visiting'],
				period: '2025/26-Q4'
			}),
		() => rateAgendaItem('m-may', { itemId: 'i-may-custody', rating: 'Assured', reason: 'Declined visits now explained.', ratedOn: '2026-05-07' }),
		(log) =>
			setActionStatus(
				log.actions.find((a) => a.id === 'a-declined')!,
				'done',
				meetingById(log, 'm-may')!
			)
	);
}

describe('the meeting measures are judged at', () => {
	it('is the first meeting on or after today, else the latest, else none', () => {
		const log = mayLog();
		expect(judgementMeeting(log, '2026-04-01')?.id).toBe('m-panel');
		expect(judgementMeeting(log, '2026-05-07')?.id).toBe('m-may');
		expect(judgementMeeting(log, '2026-12-01')?.id).toBe('m-may');
		expect(judgementMeeting(emptyLog, '2026-12-01')).toBeUndefined();
	});
});

describe('ratings beside a measure or a view', () => {
	it('lists every rating of the items about it up to the date, oldest meeting first, and the latest meeting’s as its assurance now', () => {
		const log = mayLog();
		const all = ratingsAbout(log, custodyView, '2026-05-07');
		expect(all.map((entry) => [entry.meeting.id, entry.rating])).toEqual([
			['m-march', 'Partly assured'],
			['m-may', 'Assured']
		]);
		expect(latestRatings(all).map((entry) => entry.reason)).toEqual(['Declined visits now explained.']);
		// At the March board, May's rating had not been given.
		const march = ratingsAbout(log, custodyView, marchBoard.date);
		expect(latestRatings(march).map((entry) => entry.rating)).toEqual(['Partly assured']);
		// A measure the May item did not discuss keeps March's rating; the referrals item was never rated.
		expect(latestRatings(ratingsAbout(log, { measureIds: ['icv-compliance'] }, '2026-12-01')).map((e) => e.meeting.id)).toEqual(['m-march']);
		expect(ratingsAbout(log, { measureIds: ['referrals-volume'], viewPath: '/referrals' }, '2026-12-01')).toEqual([]);
		expect(latestRatings([])).toEqual([]);
	});

	it('finds an item tied only to the view, but not for a single measure of it', () => {
		const log = applyAll(
			marchLog(),
			() => addAgendaItem({ id: 'i-view', meetingId: 'm-march', topic: 'Custody generally', measureIds: [], viewPaths: ['/custody-visiting'], period: '2025/26' }),
			() => rateAgendaItem('m-march', { itemId: 'i-view', rating: 'Not assured', reason: 'No plan.', ratedOn: '2026-03-12' })
		);
		expect(ratingsAbout(log, custodyView, '2026-03-12').map((e) => e.itemId)).toEqual(['i-custody', 'i-view']);
		expect(ratingsAbout(log, { measureIds: ['icv-compliance'] }, '2026-03-12').map((e) => e.itemId)).toEqual(['i-custody']);
	});
});

describe('open actions beside a measure or a view', () => {
	it('are those open at the meeting’s date, overdue when due before it, whatever happened after', () => {
		const log = mayLog();
		// On 7 May the declined-visits action (due 30 April) was marked done there: closed by then, so not listed.
		expect(openActionsAbout(log, custodyView, mayBoard.date)).toEqual([]);
		// The day before, it was open and overdue (it is carried forward only when the May board is held).
		expect(openActionsAbout(log, custodyView, '2026-05-06')).toEqual([{ action: expect.objectContaining({ id: 'a-declined' }), status: 'open', overdue: true }]);
		// At the March board it was open there and not yet due.
		expect(openActionsAbout(log, custodyView, marchBoard.date)).toEqual([{ action: expect.objectContaining({ id: 'a-declined' }), status: 'open', overdue: false }]);
		// The referrals action, due 30 June, is still open and carried forward; overdue only after its due date.
		const referrals = { measureIds: ['referrals-volume'] };
		expect(openActionsAbout(log, referrals, mayBoard.date).map((o) => [o.action.id, o.status, o.overdue])).toEqual([['a-referrals', 'carried forward', false]]);
		expect(openActionsAbout(log, referrals, '2026-06-30')[0]?.overdue).toBe(false);
		expect(openActionsAbout(log, referrals, '2026-07-01')[0]?.overdue).toBe(true);
		// Nothing raised at a meeting after the date.
		expect(openActionsAbout(log, referrals, '2026-03-11')).toEqual([]);
	});

	it('takes an action on the view with no measure for the view, not for its measures', () => {
		const log = applyAll(marchLog(), () =>
			raiseAction({
				id: 'a-view',
				action: 'Publish the custody report',
				owner: 'OPCC Chief Executive',
				raisedAt: 'm-march',
				measureId: '',
				viewPath: '/custody-visiting',
				dueDate: '2026-04-01'
			})
		);
		expect(openActionsAbout(log, custodyView, '2026-03-12').map((o) => o.action.id)).toEqual(['a-view', 'a-declined']);
		expect(openActionsAbout(log, { measureIds: ['icv-detainees-seen'] }, '2026-03-12').map((o) => o.action.id)).toEqual(['a-declined']);
	});
});

it('names a meeting as a sentence does', () => {
	expect(theMeeting(marchBoard)).toBe('the Strategic Assurance Board');
	expect(theMeeting({ ...marchBoard, name: 'The Corporate Governance Board' })).toBe('The Corporate Governance Board');
});
