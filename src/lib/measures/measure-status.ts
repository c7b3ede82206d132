/**
 * A measure's status against its target, always as words, never colour
 * alone. The Panel asked for measurable performance; where the plan sets no
 * target the status says so rather than inventing one.
 */

export type StatusLabel = 'Met' | 'Nearly met' | 'Not met' | 'No target set' | 'No data for this period' | typeof noVerdict;

/** What an illustrative (invented) figure shows instead of a verdict: it must never read as met or missed. */
export const noVerdict = 'Illustrative, no verdict';

/** How close "nearly" is: within 5% of the target. */
export const nearlyMetMargin = 0.05;

/** The status of a value against a target of "at least" or "at most" it; none for an illustrative value. */
export function measureStatus(
	value: number | null,
	target: number | null,
	direction: string | null,
	illustrative = false
): StatusLabel {
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

/** The tag class that goes with a status: green, amber, red or neutral, beside its words. */
export function statusTone(status: StatusLabel): 'pass' | 'warn' | 'fail' | 'illustrative' | 'none' {
	switch (status) {
		case 'Met':
			return 'pass';
		case 'Nearly met':
			return 'warn';
		case 'Not met':
			return 'fail';
		case noVerdict:
			return 'illustrative';
		default:
			return 'none';
	}
}
