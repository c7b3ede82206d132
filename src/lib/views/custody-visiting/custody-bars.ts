import type { Dot } from '$lib/charts/dot-layout';
import { formatCount, formatPercent } from '$lib/format/uk';
import { visitedPercent, type CustodyCompliance, type SuiteCompliance } from './custody-visiting';
import { measureStatus, type StatusLabel } from '$lib/measures/measure-status';
import type { MeasureTarget } from '$lib/measures/measure-targets';

/** The status of a share of suite-weeks against its target (from the measures-and-aims data), in words; no verdict on illustrative figures. */
export function complianceStatus(percent: number | null, target: MeasureTarget, illustrative = false): StatusLabel {
	return measureStatus(percent, target.target, target.direction, illustrative);
}

/** A target in words for a percentage measure: "100%", or "no target set". */
export function targetWords(target: MeasureTarget): string {
	return target.target === null ? 'no target set' : `${target.direction === 'at most' ? 'at most ' : ''}${formatPercent(target.target).replace(/\.0%$/, '%')}`;
}

/** "102 of 104 suite-weeks": the counts a percentage is made of. */
export function weeksOf(visited: number, open: number, noun = 'suite-weeks'): string {
	return `${formatCount(visited)} of ${formatCount(open)} ${noun}`;
}

/** One row of the compliance table: a suite, or all suites together. */
export interface ComplianceRow extends Record<string, unknown> {
	readonly suite: string;
	readonly role: string;
	readonly openWeeks: number;
	readonly visitedWeeks: number;
	readonly missedWeeks: number;
	readonly percent: number | null;
	readonly status: string;
}

/** The table's rows: each suite, then all open suites together. */
export function complianceRows(suites: readonly SuiteCompliance[], total: CustodyCompliance, target: MeasureTarget, illustrative = false): ComplianceRow[] {
	const rows: ComplianceRow[] = suites.map((suite) => {
		const percent = visitedPercent(suite.visited_suite_weeks, suite.suite_weeks);
		return {
			suite: suite.suite,
			role: suite.suite_role === 'standby' ? 'Standby (weeks open)' : 'Primary',
			openWeeks: suite.suite_weeks,
			visitedWeeks: suite.visited_suite_weeks,
			missedWeeks: suite.suite_weeks - suite.visited_suite_weeks,
			percent,
			status: suite.suite_weeks > 0 ? complianceStatus(percent, target, illustrative) : 'Not open in this period'
		};
	});
	if (suites.length > 1) {
		rows.push({
			suite: 'All open suites',
			role: '',
			openWeeks: total.suiteWeeks,
			visitedWeeks: total.visitedSuiteWeeks,
			missedWeeks: total.suiteWeeks - total.visitedSuiteWeeks,
			percent: total.percent,
			status: total.suiteWeeks > 0 ? complianceStatus(total.percent, target, illustrative) : 'No data for this period'
		});
	}
	return rows;
}

/** One dot per suite that was open in the period, at its share of weeks visited. */
export function complianceDots(suites: readonly SuiteCompliance[]): Dot[] {
	return suites
		.filter((suite) => suite.suite_weeks > 0)
		.map((suite) => {
			const percent = visitedPercent(suite.visited_suite_weeks, suite.suite_weeks) ?? 0;
			return {
				key: suite.suite,
				label: suite.suite_role === 'standby' ? `${suite.suite} (standby)` : suite.suite,
				value: percent,
				// Counts as 51/52: short enough to sit beside its dot on a phone.
				valueLabel: `${formatPercent(percent)} (${formatCount(suite.visited_suite_weeks)}/${formatCount(suite.suite_weeks)})`,
				group: suite.suite_role === 'standby' ? 1 : 0
			};
		});
}

/** The chart's legend: primary suites, and the standby suite when it is shown. */
export function complianceGroups(dots: readonly Dot[]): string[] {
	return dots.some((dot) => dot.group === 1) ? ['Primary suite', 'Standby suite (weeks open only)'] : ['Primary suite'];
}
