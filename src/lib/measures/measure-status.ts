/**
 * A measure's status against its target, always as words, never colour
 * alone. The Panel asked for measurable performance; where the plan sets no
 * target the status says so rather than inventing one. A single figure is
 * compared with its target (Met, Nearly met, Not met); a measure with a series
 * is judged by its process limits instead (assurance: consistently met, hit
 * and miss, consistently missed), as one month's figure says little about
 * what the process will deliver.
 */
import type { Assurance } from '$lib/spc/assurance';
import type { JudgedSeries } from '$lib/spc/judged-series';

/** Assurance from a series' process limits against its target, in words. */
export type AssuranceLabel = 'Consistently met' | 'Hit and miss' | 'Consistently missed';

/** What a series with a target shows when its limits cannot be judged against it (too few points, or no direction). */
export const noAssurance = 'No assurance yet';

export type StatusLabel = 'Met' | 'Nearly met' | 'Not met' | AssuranceLabel | typeof noAssurance | 'No target set' | 'No data for this period' | typeof noVerdict;

const assuranceLabels: Record<Assurance, AssuranceLabel> = {
	'consistently-met': 'Consistently met',
	'hit-and-miss': 'Hit and miss',
	'consistently-missed': 'Consistently missed'
};

/** What an illustrative (invented) figure shows instead of a verdict: it must never read as met or missed. */
export const noVerdict = 'Illustrative, no verdict';

/** How close "nearly" is: within 5% of the target. */
export const nearlyMetMargin = 0.05;

/** The status of a value against a target of "at least" or "at most" it; none for an illustrative value. */
export function measureStatus(value: number | null, target: number | null, direction: string | null, illustrative = false): StatusLabel {
	if (target === null || direction === null) return 'No target set';
	if (value === null) return 'No data for this period';
	if (illustrative) return noVerdict;
	if (direction === 'at most') {
		if (value <= target) return 'Met';
		return value <= target * (1 + nearlyMetMargin) ? 'Nearly met' : 'Not met';
	}
	if (value >= target) return 'Met';
	return value >= target * (1 - nearlyMetMargin) ? 'Nearly met' : 'Not met';
}

/** The status of a measure judged by its series: its assurance against the target, or why there is none; never a verdict on illustrative figures. */
export function seriesStatus(series: JudgedSeries): StatusLabel {
	if (series.target === null) return 'No target set';
	if (series.points.length === 0) return 'No data for this period';
	if (series.illustrative) return noVerdict;
	return series.analysis.assurance ? assuranceLabels[series.analysis.assurance] : noAssurance;
}

/** The tag class that goes with a status: green, amber, red or neutral, beside its words. */
export function statusTone(status: StatusLabel): 'pass' | 'warn' | 'fail' | 'illustrative' | 'none' {
	switch (status) {
		case 'Met':
		case 'Consistently met':
			return 'pass';
		case 'Nearly met':
		case 'Hit and miss':
			return 'warn';
		case 'Not met':
		case 'Consistently missed':
			return 'fail';
		case noVerdict:
			return 'illustrative';
		default:
			return 'none';
	}
}
