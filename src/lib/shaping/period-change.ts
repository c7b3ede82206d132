import { formatCount } from '$lib/format/uk';

/**
 * The smallest earlier count a percentage change is given for. Below it a
 * change of one or two items swings the % wildly (5 → 7 is "+40%"), which the
 * Panel has said misleads, so only the raw numbers are shown.
 */
export const smallestBaseForPercent = 10;

/** A change from one period to the next, with the % only when the base allows it. */
export interface PeriodChange {
	readonly earlier: number;
	readonly later: number;
	/** later − earlier. */
	readonly difference: number;
	/** Whole-number % change, or null when the earlier count is below `smallestBaseForPercent`. */
	readonly percent: number | null;
	/** "22 → 30, +8, +36%", or "3 → 5, +2, too few to give a %". */
	readonly text: string;
}

const signed = (n: number, suffix = '') => (n > 0 ? `+${formatCount(n)}${suffix}` : n < 0 ? `−${formatCount(-n)}${suffix}` : `0${suffix}`);

/** The change from `earlier` to `later`, raw numbers always beside any %. */
export function periodChange(earlier: number, later: number): PeriodChange {
	const difference = later - earlier;
	const percent = earlier >= smallestBaseForPercent ? Math.round((100 * difference) / earlier) : null;
	const numbers = `${formatCount(earlier)} → ${formatCount(later)}`;
	const text = difference === 0 ? `${numbers}, no change` : `${numbers}, ${signed(difference)}, ${percent === null ? 'too few to give a %' : signed(percent, '%')}`;
	return { earlier, later, difference, percent, text };
}
