/**
 * The one vocabulary of check results, used wherever a check is shown (the
 * Data page, each view's warning, the pack's annex, downloads): Pass, Warning
 * (a failed check that does not make the figures wrong, such as an old
 * extract), Fail (the figures are doubtful). A check on invented figures gives
 * no verdict at all.
 */

/** A check's result in words. */
export type CheckResult = 'Pass' | 'Warning' | 'Fail' | 'Illustrative, no verdict';

/** The result of a check that passed or not, at the severity it was failed at. */
export function checkResult(passes: boolean, severity: 'error' | 'warning' = 'error', illustrative = false): CheckResult {
	if (illustrative) return 'Illustrative, no verdict';
	if (passes) return 'Pass';
	return severity === 'warning' ? 'Warning' : 'Fail';
}

/** The tag class that goes beside a result's words. */
export function checkTone(result: CheckResult): 'pass' | 'warn' | 'fail' | 'illustrative' {
	switch (result) {
		case 'Pass':
			return 'pass';
		case 'Warning':
			return 'warn';
		case 'Fail':
			return 'fail';
		default:
			return 'illustrative';
	}
}
