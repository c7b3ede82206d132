import { describe, expect, it } from 'vitest';
import type { BudgetLine } from './budget';
import { budgetBars } from './budget-bars';

const line = (line_code: string, line_type: BudgetLine['line_type'], rolls_up_to: string | null, amount: number, percent: number): BudgetLine => ({
	line_code,
	line_name: line_code,
	short_name: line_code,
	line_type,
	rolls_up_to,
	amount_gbp_m: amount,
	percent_of_total: percent,
	source_document: 'd',
	source_ref: 'r',
	illustrative: false
});

describe('budgetBars', () => {
	it('draws the lines, not the subtotals, coloured by the part of the total they belong to', () => {
		const shaped = budgetBars([
			line('force', 'line', 'cc', 154.5, 90.1),
			line('cc', 'subtotal', 'total', 164.7, 96),
			line('capital', 'line', 'total', 2.6, 1.5),
			line('total', 'total', null, 171.6, 100)
		]);
		expect(shaped.bars.map((bar) => [bar.key, bar.group, bar.valueLabel])).toEqual([
			['force', 0, '£154.5m (90.1%)'],
			['capital', 1, '£2.6m (1.5%)']
		]);
		expect(shaped.groups).toEqual(['cc £164.7m (96.0%)', 'capital £2.6m (1.5%)']);
	});

	it("sizes each bar by the line's share of the total, worked out from the amounts", () => {
		// 154.5 of 171.6 is 90.03...%, whatever the printed percentage column says.
		const shaped = budgetBars([line('force', 'line', 'total', 154.5, 90.1), line('capital', 'line', 'total', 2.6, 1.5), line('total', 'total', null, 171.6, 100)]);
		expect(shaped.bars.map((bar) => bar.value)).toEqual([(100 * 154.5) / 171.6, (100 * 2.6) / 171.6]);
		expect(budgetBars([line('force', 'line', 'total', 1, 1), line('total', 'total', null, 0, 100)]).bars[0]!.value).toBe(0);
	});

	it('draws nothing without a total', () => {
		expect(budgetBars([line('force', 'line', 'cc', 1, 1)])).toEqual({ bars: [], groups: [] });
	});
});

describe('a budget line held twice', () => {
	it('is drawn twice, each bar with a key of its own', () => {
		const force = line('force', 'line', 'total', 154.5, 90.1);
		const bars = budgetBars([force, line('total', 'total', null, 171.6, 100), force]).bars;
		expect(bars).toHaveLength(2);
		expect(new Set(bars.map((bar) => bar.key)).size).toBe(2);
	});
});
