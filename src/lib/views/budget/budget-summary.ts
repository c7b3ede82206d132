import { formatMillions, formatPercent } from '$lib/format/uk';
import type { ReconciliationRow } from '$lib/quality/budget-reconciliation';
import type { BudgetLine } from './budget';

const amount = (line: BudgetLine) => `${formatMillions(line.amount_gbp_m)} (${formatPercent(line.percent_of_total)})`;

/**
 * A plain-English paragraph generated from one year's budget rows: the total,
 * then each part of it in printed order, with a subtotal's own parts after it,
 * then whether the figures reconcile. Nothing in it is typed by hand, so it
 * stays true when the data changes.
 */
export function budgetSummary(year: string, lines: readonly BudgetLine[], checks: readonly ReconciliationRow[]): string {
	const total = lines.find((line) => line.line_type === 'total');
	if (!total) return `No net budget requirement is recorded for ${year}.`;
	const partsOf = (code: string) => lines.filter((line) => line.rolls_up_to === code);

	const sentences = [`In ${year} the net budget requirement was ${formatMillions(total.amount_gbp_m)}.`];
	for (const part of partsOf(total.line_code)) {
		const subparts = partsOf(part.line_code);
		const detail = subparts.length ? `, of which ${subparts.map((sub) => `${sub.short_name} ${amount(sub)}`).join(' and ')}` : '';
		sentences.push(`${part.short_name}: ${amount(part)}${detail}.`);
	}
	const largest = lines
		.filter((line) => line.line_type === 'line')
		.reduce<BudgetLine | undefined>((best, line) => (!best || line.amount_gbp_m > best.amount_gbp_m ? line : best), undefined);
	if (largest) sentences.push(`The largest single line is ${largest.short_name}, at ${amount(largest)}.`);

	const failing = checks.filter((check) => !check.amounts_reconcile || !check.percents_reconcile);
	sentences.push(
		failing.length === 0
			? 'Every line adds up to its subtotal, and the subtotals to the total.'
			: `${failing.length} reconciliation check${failing.length === 1 ? '' : 's'} did not pass: ${failing.map((check) => check.checked_name).join(', ')}.`
	);
	return sentences.join(' ');
}
