import { describe, expect, it } from 'vitest';
import type { LoadPlan } from './dataset-store';
import { againSentence, doneSentence, planSentence } from './load-words';
import { notes, tallies } from './store.fixtures';

const plan = (over: Partial<LoadPlan>): LoadPlan => ({
	mode: 'update-periods',
	goes: { rows: 0, periods: [], files: [] },
	comes: { rows: 0, periods: [], files: [] },
	alreadyLoaded: [],
	askFirst: false,
	...over
});

describe('what a load says before and after', () => {
	it('a replace says what goes and what comes, with rows, periods and files', () => {
		const replace = plan({
			mode: 'replace',
			goes: { rows: 12_345, periods: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'], files: ['a.csv', 'b.csv'] },
			comes: { rows: 1, periods: ['2025-01'], files: ['c.csv'] }
		});
		expect(planSentence(tallies, replace)).toBe(
			'Everything the tallies holds is replaced. Goes: 12,345 rows, 5 months (2024-01 to 2024-05), from 2 files a.csv, b.csv. Comes: 1 row, 1 month (2025-01), from file c.csv.'
		);
		expect(doneSentence(tallies, replace)).toBe('They replaced everything it held: 12,345 rows, 5 months (2024-01 to 2024-05), from 2 files a.csv, b.csv.');
	});

	it('an update names the periods it replaces, or says none is', () => {
		const update = plan({ goes: { rows: 3, periods: ['2024-02'], files: [] }, comes: { rows: 4, periods: ['2024-02', '2024-03'], files: ['f.csv'] } });
		expect(doneSentence(tallies, update)).toBe('They cover 2 months (2024-02, 2024-03). They replaced 3 rows, 1 month (2024-02).');
		expect(doneSentence(tallies, plan({ comes: { rows: 4, periods: ['2024-05'], files: ['f.csv'] } }))).toBe('They cover 1 month (2024-05). No period it held was replaced.');
	});

	it('a file loaded before is named, with what loading it again does in each mode', () => {
		expect(againSentence(plan({ alreadyLoaded: ['jan.csv'] }))).toBe(
			'jan.csv was loaded before (the same file, byte for byte): its periods replace themselves, so nothing is doubled.'
		);
		expect(againSentence(plan({ mode: 'add', alreadyLoaded: ['n.csv', 'm.csv'] }))).toBe(
			'n.csv, m.csv were loaded before (the same file, byte for byte): adding them again counts their rows twice.'
		);
		expect(planSentence(notes, plan({ mode: 'add', comes: { rows: 2, periods: [], files: ['n.csv'] } }))).toBe('2 rows are added to the notes.');
	});
});
