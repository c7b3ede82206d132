import { describe, expect, it } from 'vitest';
import type { EngagementByType } from './engagement';
import { engagementChanges, engagementReports } from './engagement-reports';
import { engagementSummary } from './engagement-summary';

const row = (document: string, type: string, counted: number, also = 0, none = 0): EngagementByType => ({
	report_start: document === 'a' ? '2016-05-12' : '2023-10-01',
	report_end: document === 'a' ? '2016-08-19' : '2023-11-30',
	source_document: document,
	engagement_type: type,
	counted,
	also_reported: also,
	not_counted: none,
	illustrative: false
});

// Report a: 488 + 28 + 22 + 9 + 5 = 552 named, + 3 + 1 = 4 others = 556; 13 may overlap; 2 without a number.
const first = [
	row('a', 'correspondence', 488),
	row('a', 'partner meeting', 28),
	row('a', 'press statement', 22),
	row('a', 'press column', 9),
	row('a', 'public meeting', 5, 1),
	row('a', 'community event', 3),
	row('a', 'parliamentary speech', 1),
	row('a', 'local authority meeting', 0, 12, 2)
];
const second = [row('b', 'public meeting', 4), row('b', 'roundtable', 0, 0, 1)];
const none = { items: 0, first_start: null, last_end: null };

describe('engagementSummary', () => {
	it('gives the total, each report, what is not added and the change, from the data', () => {
		const reports = engagementReports([...first, ...second]);
		expect(engagementSummary(reports, engagementChanges(reports), none, 'all periods', null)).toBe(
			// 556 + 4 = 560.
			"For all periods across Leicester, Leicestershire and Rutland, the Commissioner's reports to the Panel count 560 items of engagement, without double counting. " +
				'The report for 12 May 2016 to 19 August 2016 counts 556: correspondence 488, partner meeting 28, press statement 22, press column 9, public meeting 5 and 4 other items. ' +
				'It also gives 13 more that may overlap other counts, not added, and mentions 2 activities without a number. ' +
				'The report for 1 October 2023 to 30 November 2023 counts 4: public meeting 4. It also mentions 1 activity without a number. ' +
				'From the May–Aug 2016 report to the Oct–Nov 2023 report: public meeting 5 → 4, −1, too few to give a %. ' +
				'The reports cover different lengths of time and count differently, so these compare what was reported, not a trend.'
		);
	});

	it('says when an area leaves out LLR-wide items and when counts run past the period', () => {
		const reports = engagementReports(second);
		const text = engagementSummary(reports, [], { items: 6, first_start: '2016-05-12', last_end: '2016-08-19' }, 'May 2016', 'Leicester');
		expect(text).toContain('For May 2016 in Leicester,');
		expect(text).toContain('LLR-wide) have no single area, so they are left out when an area is chosen.');
		expect(text).toContain('6 counts covering a span that runs beyond May 2016 cannot be split and are not included.');
		expect(text).not.toContain('From the');
		// A report with nothing that can be added says so, not "counts 0".
		const overlapOnly = engagementReports([row('a', 'local authority meeting', 0, 1)]);
		expect(engagementSummary(overlapOnly, [], none, 'May 2016', null)).toContain(
			'The report for 12 May 2016 to 19 August 2016 counts no items that can be added. It also gives 1 more that may overlap other counts, not added.'
		);
	});

	it('says when nothing is recorded', () => {
		expect(engagementSummary([], [], none, '2019/20', 'Melton')).toBe(
			"The Commissioner's reports to the Panel record no engagement for 2019/20 in Melton. " +
				'Items for the whole of LLR (LLR-wide) have no single area, so they are left out when an area is chosen.'
		);
	});
});
