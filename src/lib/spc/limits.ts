import { spcConstants } from './constants';

/** The limits of an XmR chart for one run of points. */
export interface XmrLimits {
	readonly mean: number;
	/** One per point; the first point, and a point after missing periods, has none. */
	readonly movingRanges: readonly (number | null)[];
	readonly meanMovingRange: number;
	readonly upperProcessLimit: number;
	readonly lowerProcessLimit: number;
	/** Above this, a single jump from one point to the next is itself unusual. */
	readonly movingRangeUpperLimit: number;
}

/**
 * The absolute difference between each point and the one before: none for the
 * first, nor for a point where `breaks` is true (periods are missing before it,
 * so the one before is not its neighbour).
 */
export function movingRanges(values: readonly number[], breaks: readonly boolean[] = []): (number | null)[] {
	return values.map((value, index) => (index === 0 || breaks[index] ? null : Math.abs(value - (values[index - 1] ?? value))));
}

/** The mean, moving ranges and process limits of a run of values (at least two, and one moving range). */
export function xmrLimits(values: readonly number[], breaks: readonly boolean[] = []): XmrLimits {
	if (values.length < 2) throw new Error(`An XmR chart needs at least two values, not ${values.length}`);
	const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
	const ranges = movingRanges(values, breaks);
	const present = ranges.filter((range): range is number => range !== null);
	if (present.length === 0) throw new Error('An XmR chart needs two values in successive periods, for a moving range');
	const meanMovingRange = present.reduce((sum, range) => sum + range, 0) / present.length;
	const spread = spcConstants.processLimitFactor * meanMovingRange;
	return {
		mean,
		movingRanges: ranges,
		meanMovingRange,
		upperProcessLimit: mean + spread,
		lowerProcessLimit: mean - spread,
		movingRangeUpperLimit: spcConstants.movingRangeLimitFactor * meanMovingRange
	};
}
