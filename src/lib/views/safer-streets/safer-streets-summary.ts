import type { Period } from '$lib/filters/period';
import { periodLabel } from '$lib/filters/period';
import { formatPercent, formatPounds } from '$lib/format/uk';
import type { AwardCheck, Overspend, SaferStreetsAward, SaferStreetsTotals } from './safer-streets';
import type { YearAtRisk } from './safer-streets-at-risk';

/** Everything the Safer Streets summary is generated from. */
export interface SaferStreetsSummaryInput {
	readonly period: Period;
	readonly area: string | null;
	readonly awards: readonly SaferStreetsAward[];
	readonly totals: SaferStreetsTotals;
	readonly years: readonly YearAtRisk[];
	readonly overspends: readonly Overspend[];
	readonly checks: readonly AwardCheck[];
}

const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** "across all quarters recorded", "in 2023/24", or the quarter a month falls in. */
function periodPhrase(period: Period): string {
	if (period.kind === 'all') return 'across all quarters recorded';
	if (period.kind === 'month') return `in the quarter containing ${periodLabel(period)}`;
	return `in ${periodLabel(period)}`;
}

function awardSentence(input: SaferStreetsSummaryInput): string {
	const bids = input.awards.filter((row) => row.row_type === 'bid');
	const named = list(bids.map((bid) => `${bid.bid} ${formatPounds(bid.award_gbp)}`));
	const total = input.awards.find((row) => row.row_type === 'total');
	if (total) {
		return `LLR was awarded ${formatPounds(total.award_gbp)} from the Safer Streets Fund over both funding years, in ${bids.length} bids: ${named}.`;
	}
	if (bids.length === 0) {
		return `No Safer Streets bid serves ${input.area ?? 'this area'} alone; bids and posts for all of LLR are left out when an area is chosen.`;
	}
	return `In ${input.area}, the Safer Streets award over both funding years is ${named}; bids and posts for all of LLR are left out.`;
}

function atRiskSentences(years: readonly YearAtRisk[]): string[] {
	const short = years.filter((year) => year.atRiskGbp > 0);
	if (years.length > 0 && short.length === 0) return ['Every year’s allocation in view was spent in full, so no money is at risk.'];
	if (short.length === 0) return [];
	const parts = short.map((year) => `${formatPounds(year.atRiskGbp)} in ${year.financialYear}${year.yearEnded ? '' : ' so far'}`);
	const worst = short.flatMap((year) => year.bids.flatMap((bid) => bid.interventions)).reduce((best, row) => (row.at_risk_gbp > best.at_risk_gbp ? row : best));
	return [
		`Allocation left unspent, which cannot be carried into the next financial year and so is money at risk: ${list(parts)}.`,
		`The largest single shortfall is ${worst.intervention} (${worst.bid}): ${formatPounds(worst.at_risk_gbp)} in ${worst.financial_year}.`
	];
}

/**
 * A plain-English paragraph generated from the Safer Streets figures in view:
 * the award, spend against allocation, money at risk, overspends and whether
 * the award reconciles. Nothing in it is typed by hand.
 */
export function saferStreetsSummary(input: SaferStreetsSummaryInput): string {
	const sentences = [awardSentence(input)];
	const { totals } = input;
	if (totals.intervention_quarters === 0) {
		const when = input.period.kind === 'all' ? '' : ` ${periodPhrase(input.period)}`;
		sentences.push(`No allocation or spend is recorded${when}${input.area ? ` in ${input.area}` : ''}.`);
	} else {
		const percent = totals.allocated_gbp > 0 ? ` (${formatPercent((100 * totals.spent_gbp) / totals.allocated_gbp)})` : '';
		sentences.push(`${formatPounds(totals.spent_gbp)} of the ${formatPounds(totals.allocated_gbp)} allocated ${periodPhrase(input.period)} was spent${percent}.`);
		sentences.push(...atRiskSentences(input.years));
		const over = input.overspends.length;
		sentences.push(
			over === 0
				? 'No intervention spent more than its allocation in any quarter.'
				: `${over} intervention-quarter${over === 1 ? '' : 's'} spent more than allocated: ${list(input.overspends.map((row) => `${row.intervention} in ${row.financial_year} Q${row.quarter}`))}.`
		);
	}
	const failing = input.checks.filter((check) => !check.reconciles);
	const checkedBids = input.checks.some((check) => check.check_kind === 'bid');
	const checkedTotal = input.checks.some((check) => check.check_kind === 'total');
	if (failing.length > 0) {
		sentences.push(`${failing.length} award check${failing.length === 1 ? '' : 's'} did not pass: ${list(failing.map((check) => check.checked_name))}.`);
	} else if (checkedBids) {
		// Claims only what was checked: with an area chosen, the total is not.
		sentences.push(
			`The awards reconcile exactly to the penny: interventions to their bid${checkedTotal ? 's, bids to the total' : ''}, and quarterly allocations to each intervention.`
		);
	}
	if (totals.illustrative) {
		sentences.push('Allocation, spend and the split of each bid across its interventions are an illustrative sample; the bid and total awards are published.');
	}
	return sentences.join(' ');
}
