import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contractById } from '$lib/contracts/registry';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { periodFromParam, periodRange } from '$lib/filters/period';
import { viewHasData } from './pack-coverage';

const rows = (id: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${id}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('viewHasData', () => {
	it('finds engagement only in the periods its events fall in, as the extract has them', async () => {
		const db = await openNodeDatabase();
		try {
			const contract = contractById('engagement-events');
			await loadExtract(db, contract, 'engagement-events.csv', readFileSync('data/engagement-events.csv', 'utf8'));
			const starts = rows('engagement-events').map((row) => row['period_start'] ?? '');
			for (const param of ['2016/17', '2023/24', '2024/25']) {
				const range = periodRange(periodFromParam(param));
				// An event counts for a period when it starts in it (each event here lasts under a year).
				const expected = starts.some((start) => start >= range.start && start < range.end);
				expect(await viewHasData(db, [contract], range), param).toBe(expected);
			}
			// 2024/25 is the Panel's case: the papers record no engagement in it.
			expect(await viewHasData(db, [contract], periodRange(periodFromParam('2024/25')))).toBe(false);
		} finally {
			db.close();
		}
	});

	it('counts a financial-year dataset in the year it covers only, and a view with no period always', async () => {
		const db = await openNodeDatabase();
		try {
			const budget = contractById('budget-split');
			await loadExtract(db, budget, 'budget-split.csv', readFileSync('data/budget-split.csv', 'utf8'));
			const years = new Set(rows('budget-split').map((row) => row['financial_year']));
			expect(await viewHasData(db, [budget], periodRange(periodFromParam('2017/18')))).toBe(years.has('2017/18'));
			expect(await viewHasData(db, [budget], periodRange(periodFromParam('2024/25')))).toBe(years.has('2024/25'));
			expect(await viewHasData(db, [contractById('plan-aims')], periodRange(periodFromParam('2024/25')))).toBe(true);
		} finally {
			db.close();
		}
	});
});
