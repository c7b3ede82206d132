import type { XmrLimits } from './limits';

/** Which way is better for a measure: more (detainees seen), fewer (crimes), or neither (referrals). */
export type Improvement = 'higher' | 'lower' | 'neither';

/**
 * Assurance against a target (Making Data Count): the process limits say what
 * the process will deliver, so a target outside them is either always met or
 * never met, and one between them is met some months and missed in others.
 */
export type Assurance = 'consistently-met' | 'consistently-missed' | 'hit-and-miss';

/** Each assurance result in words. */
export const assuranceDescriptions: Record<Assurance, string> = {
	'consistently-met': 'consistently met: both process limits are on the right side of the target',
	'consistently-missed': 'consistently missed: both process limits are on the wrong side of the target, so it will not be met without a change to the process',
	'hit-and-miss': 'hit and miss: the target lies between the process limits, so the process will sometimes meet it and sometimes not'
};

/** Whether a process with these limits will meet a target, or null when the measure has no better direction. */
export function assuranceAgainst(limits: XmrLimits, target: number, improvement: Improvement): Assurance | null {
	const { lowerProcessLimit: lower, upperProcessLimit: upper } = limits;
	if (improvement === 'higher') return target <= lower ? 'consistently-met' : target > upper ? 'consistently-missed' : 'hit-and-miss';
	if (improvement === 'lower') return target >= upper ? 'consistently-met' : target < lower ? 'consistently-missed' : 'hit-and-miss';
	return null;
}
