import type { Bar } from '$lib/charts/bar-layout';
import { formatMillions, formatPercent } from '$lib/format/uk';
import type { BudgetLine } from './budget';

/** The chart's bars (the budget lines, not their subtotals) and the legend's groups. */
export interface BudgetBars {
	readonly bars: readonly Bar[];
	readonly groups: readonly string[];
}

/**
 * Shapes the printed rows into the chart: one bar per line, coloured by the
 * part of the total it belongs to (a subtotal, or a line that is itself a
 * direct part of the total, such as capital). Each bar is the line's share of
 * the total, worked out from the amounts, so the chart's axis can end at the
 * whole (100%) and the lines read as parts of it.
 */
export function budgetBars(lines: readonly BudgetLine[]): BudgetBars {
	const total = lines.find((line) => line.line_type === 'total');
	if (!total) return { bars: [], groups: [] };
	const topLevel = lines.filter((line) => line.rolls_up_to === total.line_code);
	const groupOf = (line: BudgetLine) => topLevel.findIndex((part) => part.line_code === line.line_code || part.line_code === line.rolls_up_to);
	const groups = topLevel.map((part) => `${part.short_name} ${formatMillions(part.amount_gbp_m)} (${formatPercent(part.percent_of_total)})`);
	const bars = lines
		.filter((line) => line.line_type === 'line')
		.map((line, index, shown) => ({
			// A line repeated in the data (the duplicates check fails, and says so) is drawn each time it is held, and
			// each bar still needs a key of its own.
			key: shown.findIndex((other) => other.line_code === line.line_code) === index ? line.line_code : `${line.line_code}#${index}`,
			label: line.short_name,
			value: total.amount_gbp_m > 0 ? (100 * line.amount_gbp_m) / total.amount_gbp_m : 0,
			valueLabel: `${formatMillions(line.amount_gbp_m)} (${formatPercent(line.percent_of_total)})`,
			group: Math.max(0, groupOf(line))
		}));
	return { bars, groups };
}
