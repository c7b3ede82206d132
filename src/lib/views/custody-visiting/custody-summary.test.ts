import { describe, expect, it } from 'vitest';
import type { VisitTotals } from './custody-visiting';
import { custodySummary, type CustodySummaryInput } from './custody-summary';

const totals: VisitTotals = {
	scheduled_visits: 6,
	scheduled_completed: 4,
	additional_completed: 2,
	completed_visits: 6,
	detainees_held: 47,
	detainees_offered: 39,
	detainees_seen: 32,
	detainees_declined: 6,
	issues_rights_entitlements: 2,
	issues_health_wellbeing: 1,
	issues_conditions_facilities: 4,
	illustrative: true
};

const input: CustodySummaryInput = {
	periodText: 'April 2024',
	area: null,
	suitesInArea: ['Beaumont Leys', 'Euston Street', 'Keyham Lane', 'Wigston'],
	compliance: { suiteWeeks: 7, visitedSuiteWeeks: 5, percent: (100 * 5) / 7 },
	missed: [
		{ suite: 'Euston Street', week: '2024-04-08' },
		{ suite: 'Wigston', week: '2024-04-08' }
	],
	totals,
	illustrative: true,
	target: { target: 100, direction: 'at least' }
};

describe('custodySummary', () => {
	it('gives the standard with its counts and status, the missed weeks, visits, detainees and issues', () => {
		// 5 / 7 = 71.4%; 4 / 6 = 66.7%; offered 39 / 47 = 83.0%; seen 32 / 39 = 82.1%; issues 2 + 1 + 4 = 7.
		expect(custodySummary({ ...input, illustrative: false })).toBe(
			'In April 2024, 5 of 7 open custody suite-weeks (71.4%) had at least one completed independent custody visit, ' +
				'against the standard of at least one visit a week to each primary suite, and to the standby suite in weeks it was open (target 100%): Not met. ' +
				'The weeks with no completed visit: Euston Street in the week beginning 8 April 2024 and Wigston in the week beginning 8 April 2024. ' +
				'4 of 6 scheduled visits were completed (66.7%), and 2 more visits were made in addition to the rota. ' +
				'On 6 completed visits, visitors found 47 detainees held, offered a visit to 39 (83.0%) and saw 32 (82.1%) of those offered; 6 declined. ' +
				'They raised 7 issues: 2 about rights and entitlements, 1 about health and wellbeing and 4 about conditions and facilities.'
		);
	});

	it('withholds the verdict from illustrative figures, and says they are illustrative', () => {
		const text = custodySummary(input);
		expect(text).toContain('(target 100%): illustrative, no verdict.');
		expect(text).not.toMatch(/\b(Met|Not met|Nearly met)\b/);
		expect(text).toContain('These figures are an illustrative sample, not published figures.');
	});

	it('gives counts of visits, detainees and issues below the threshold as [c], without a percentage that would give them away', () => {
		// Threshold 5: scheduled 6 and completed 6 stay; 4 completed of the rota, 2 more, and issues 2, 1 and 4 are hidden;
		// 4 of 6 loses its 66.7%. 47, 39, 32 and 6 stay, with their shares. 7 issues in all stays.
		const text = custodySummary({ ...input, threshold: 5 });
		expect(text).toContain('[c] of 6 scheduled visits were completed, and [c] more visits were made in addition to the rota.');
		expect(text).toContain('On 6 completed visits, visitors found 47 detainees held, offered a visit to 39 (83.0%) and saw 32 (82.1%) of those offered; 6 declined.');
		expect(text).toContain('They raised 7 issues: [c] about rights and entitlements, [c] about health and wellbeing and [c] about conditions and facilities.');
		expect(text).toContain('In April 2024, 5 of 7 open custody suite-weeks (71.4%)');
	});

	it('says when every open week was visited, and counts rather than lists many misses', () => {
		const all = custodySummary({ ...input, illustrative: false, compliance: { suiteWeeks: 7, visitedSuiteWeeks: 7, percent: 100 }, missed: [] });
		expect(all).toContain('7 of 7 open custody suite-weeks (100.0%)');
		expect(all).toContain('(target 100%): Met.');
		expect(all).toContain('No open suite went a week without a completed visit.');
		const many = Array.from({ length: 6 }, (_, i) => ({ suite: 'Keyham Lane', week: `2024-05-0${i + 1}` }));
		expect(custodySummary({ ...input, missed: many })).toContain('6 suite-weeks had no completed visit; the week-by-week grid shows which.');
	});

	it('says plainly that an area has no custody suite, and where the suites are', () => {
		expect(custodySummary({ ...input, area: 'Rutland', suitesInArea: [], totals: null })).toBe(
			'There is no custody suite in Rutland, so no custody visits are recorded for it. ' +
				"LLR's custody suites are: Beaumont Leys, Euston Street and Keyham Lane, in Leicester; Wigston, in Oadby and Wigston."
		);
	});

	it('says when a period has no open suite-weeks', () => {
		const none = { suiteWeeks: 0, visitedSuiteWeeks: 0, percent: null };
		expect(custodySummary({ ...input, periodText: 'January 2030', compliance: none, missed: [] })).toBe('No open custody suite-weeks are recorded for January 2030.');
	});

	it('uses the singular for one of a thing and leaves out the sample note for published figures', () => {
		const one = {
			...totals,
			scheduled_visits: 1,
			scheduled_completed: 1,
			additional_completed: 1,
			issues_rights_entitlements: 1,
			issues_health_wellbeing: 0,
			issues_conditions_facilities: 0
		};
		const text = custodySummary({ ...input, totals: one, illustrative: false, missed: [input.missed[0]!] });
		expect(text).toContain('The week with no completed visit: Euston Street in the week beginning 8 April 2024.');
		expect(text).toContain('1 of 1 scheduled visit was completed (100.0%), and 1 more visit was made in addition to the rota.');
		expect(text).toContain('They raised 1 issue: 1 about rights and entitlements');
		expect(text).not.toContain('illustrative');
	});
});
