import { poundsTickFor } from '$lib/format/uk';
import type { Series } from '$lib/charts/line-layout';
import type { SaferStreetsQuarter } from './safer-streets';

/** The spend chart's periods (x) and its two lines. */
export interface SpendLines {
	readonly periods: readonly string[];
	readonly series: readonly Series[];
}

/** "2023/24 Q3": a quarter as the chart and table label it. */
export function quarterLabel(row: { financial_year: string; quarter: number }): string {
	return `${row.financial_year} Q${row.quarter}`;
}

/**
 * Cumulative spend (solid) against cumulative allocation (dashed, the
 * comparison) over the quarters in view.
 */
export function spendLines(quarters: readonly SaferStreetsQuarter[]): SpendLines {
	return {
		periods: quarters.map(quarterLabel),
		series: [
			{ key: 'spent', label: 'Spent, cumulative', values: quarters.map((q) => q.cumulative_spent_gbp), colour: 0 },
			{
				key: 'allocated',
				label: 'Allocated, cumulative',
				values: quarters.map((q) => q.cumulative_allocated_gbp),
				colour: 1,
				dashed: true
			}
		]
	};
}

/** How the spend chart's axis writes money: one way for every tick, chosen by the largest figure drawn. */
export function spendTick(lines: { readonly series: readonly { readonly values: readonly (number | null)[] }[] }): (value: number) => string {
	return poundsTickFor(Math.max(0, ...lines.series.flatMap((s) => s.values.filter((v): v is number => v !== null))));
}

/** Spent as a percentage of allocated; null when nothing was allocated. */
export function percentSpent(spent: number, allocated: number): number | null {
	return allocated > 0 ? (100 * spent) / allocated : null;
}

/** A row of the table beside the spend chart. */
export type SpendTableRow = SaferStreetsQuarter & {
	readonly label: string;
	/** Cumulative spend as a % of cumulative allocation; null when nothing was allocated. */
	readonly cumulative_percent: number | null;
};

/** The chart's figures as table rows, each quarter labelled and with its cumulative % spent. */
export function spendTableRows(quarters: readonly SaferStreetsQuarter[]): SpendTableRow[] {
	return quarters.map((q) => ({
		...q,
		label: quarterLabel(q),
		cumulative_percent: percentSpent(q.cumulative_spent_gbp, q.cumulative_allocated_gbp)
	}));
}
