import { describe, expect, it } from 'vitest';
import type { SaferStreetsQuarter } from './safer-streets';
import { percentSpent, spendLines, spendTableRows, spendTick } from './safer-streets-spend';

const q = (financial_year: string, quarter: number, allocated: number, spent: number): SaferStreetsQuarter => ({
	financial_year,
	quarter,
	allocated_gbp: allocated,
	spent_gbp: spent,
	cumulative_allocated_gbp: allocated,
	cumulative_spent_gbp: spent,
	illustrative: true
});

describe('the Safer Streets spend chart', () => {
	it('draws cumulative spend solid and cumulative allocation dashed, by quarter', () => {
		const lines = spendLines([q('2023/24', 3, 100, 80), { ...q('2023/24', 4, 50, 50), cumulative_allocated_gbp: 150, cumulative_spent_gbp: 130 }]);
		expect(lines.periods).toEqual(['2023/24 Q3', '2023/24 Q4']);
		expect(lines.series.map((s) => [s.label, s.values, s.dashed ?? false])).toEqual([
			['Spent, cumulative', [80, 130], false],
			['Allocated, cumulative', [100, 150], true]
		]);
	});

	it('labels the axis one way for every tick, chosen by the largest figure drawn', () => {
		const ticks = [0, 250_000, 1_000_000, 1_200_000];
		const overAMillion = spendLines([{ ...q('2023/24', 4, 600_000, 500_000), cumulative_allocated_gbp: 1_200_000, cumulative_spent_gbp: 900_000 }]);
		const underAMillion = spendLines([q('2023/24', 4, 300_000, 250_000)]);
		expect(ticks.map(spendTick(overAMillion))).toEqual(['£0', '£0.25m', '£1m', '£1.2m']);
		expect(ticks.slice(0, 2).map(spendTick(underAMillion))).toEqual(['£0', '£250,000']);
	});

	it('gives the table each quarter’s cumulative % spent, and none when nothing was allocated', () => {
		// 130 of 150 = 86.67%.
		const rows = spendTableRows([{ ...q('2023/24', 4, 50, 50), cumulative_allocated_gbp: 150, cumulative_spent_gbp: 130 }, q('2024/25', 1, 0, 0)]);
		expect(rows.map((r) => [r.label, r.cumulative_percent])).toEqual([
			['2023/24 Q4', (100 * 130) / 150],
			['2024/25 Q1', null]
		]);
		expect(percentSpent(45, 60)).toBe(75);
	});
});
