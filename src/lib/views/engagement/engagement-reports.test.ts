import { describe, expect, it } from 'vitest';
import type { EngagementByType } from './engagement';
import { engagementBars, engagementChanges, engagementReports, shortSpan, typeLabel } from './engagement-reports';

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

// Report a: 28 partner meetings, 5 public (1 more may overlap), 12 LA meetings all overlapping.
// Report b: 4 public meetings, 2 community Thursdays, roundtables mentioned without a number.
const rows = [
	row('a', 'partner meeting', 28),
	row('a', 'public meeting', 5, 1),
	row('a', 'local authority meeting', 0, 12),
	row('b', 'public meeting', 4),
	row('b', 'community Thursday', 2),
	row('b', 'roundtable', 0, 0, 1)
];

describe('engagementReports', () => {
	it('groups types into reports, oldest first, with totals that leave out overlaps', () => {
		const reports = engagementReports([...rows].reverse());
		expect(reports.map((r) => [r.sourceDocument, r.label, r.shortLabel, r.counted, r.alsoReported, r.notCounted])).toEqual([
			// 28 + 5 = 33 counted; 1 + 12 = 13 may overlap.
			['a', '12 May 2016 to 19 August 2016', 'May–Aug 2016', 33, 13, 0],
			// 4 + 2 = 6; one activity without a number.
			['b', '1 October 2023 to 30 November 2023', 'Oct–Nov 2023', 6, 0, 1]
		]);
	});
});

describe('engagementChanges', () => {
	it('compares only types both reports count, raw numbers beside any %', () => {
		const changes = engagementChanges(engagementReports(rows));
		expect(changes.map((c) => [c.type, c.earlier, c.later, c.change?.text ?? null])).toEqual([
			['public meeting', 5, 4, '5 → 4, −1, too few to give a %'],
			// Counted in one report only: listed, never shown as a fall to or a rise from 0.
			['community Thursday', null, 2, null],
			['partner meeting', 28, null, null]
		]);
	});

	it('has nothing to compare with a single report', () => {
		expect(engagementChanges(engagementReports(rows.filter((r) => r.source_document === 'b')))).toEqual([]);
	});
});

describe('engagementBars', () => {
	it('draws a bar for each type the report counts items for, and none for overlaps or blanks', () => {
		const [first, second] = engagementReports(rows);
		expect(engagementBars(first!).map((b) => [b.key, b.label, b.value, b.valueLabel])).toEqual([
			['partner meeting', 'Partner meeting', 28, '28'],
			['public meeting', 'Public meeting', 5, '5']
		]);
		expect(engagementBars(second!).map((b) => b.label)).toEqual(['Public meeting', 'Community Thursday']);
	});
});

describe('labels', () => {
	it('capitalises a type and shortens a span', () => {
		expect(typeLabel('community Thursday')).toBe('Community Thursday');
		expect(shortSpan('2023-11-20', '2023-11-20')).toBe('Nov 2023');
		expect(shortSpan('2016-12-01', '2017-01-31')).toBe('Dec 2016–Jan 2017');
	});
});
