import { describe, expect, it } from 'vitest';
import { compareBeforeAfter } from './street-crime-comparison';
import { beforeAfterRows } from './street-crime-comparison.fixtures';
import { beforeAfterLines, formatIndex, indexOf } from './street-crime-before-after';

const rows = beforeAfterRows;

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
