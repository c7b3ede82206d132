import { describe, expect, it } from 'vitest';
import { compareBeforeAfter, type BeforeAfterMonth } from '$lib/measures/street-crime-comparison';
import { beforeAfterLines, formatIndex, indexOf } from './street-crime-before-after';

const rows: BeforeAfterMonth[] = [
	{ month: '2023-08', phase: 'before', held: true, area_crimes: 8, rest_crimes: 200 },
	{ month: '2023-09', phase: 'before', held: true, area_crimes: 12, rest_crimes: 200 },
	{ month: '2023-10', phase: 'after', held: true, area_crimes: 5, rest_crimes: 210 },
	{ month: '2023-11', phase: 'after', held: false, area_crimes: null, rest_crimes: null }
];

describe('before and after', () => {
	it('indexes each side to its own average month before, leaving gaps where a month is not loaded', () => {
		const lines = beforeAfterLines(rows, compareBeforeAfter(rows), 'Melton');
		expect(lines.periods).toEqual(['Aug 23', 'Sep 23', 'Oct 23', 'Nov 23']);
		// Area: 8/10, 12/10, 5/10 → 80, 120, 50. Rest: 200/200, 200/200, 210/200 → 100, 100, 105.
		expect(lines.series.map((s) => [s.label, s.values, s.dashed ?? false])).toEqual([
			['Melton', [80, 120, 50, null], false],
			['Rest of Leicester, Leicestershire and Rutland', [100, 100, 105, null], true]
		]);
		expect([indexOf(3, 0), indexOf(null, 5), formatIndex(null), formatIndex(104.6)]).toEqual([null, null, 'no figure', '105']);
	});
});
