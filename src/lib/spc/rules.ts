import { spcConstants } from './constants';
import type { XmrLimits } from './limits';

/** The four Making Data Count rules (their run lengths are in constants.ts). */
export type Rule = 'beyond-limit' | 'shift' | 'trend' | 'two-of-three';

/** Which way a signal points: above the mean or rising ("high"), below it or falling ("low"). */
export type Side = 'high' | 'low';

/** One rule a point is part of, and which way. */
export interface RuleHit {
	readonly rule: Rule;
	readonly side: Side;
}

/** Each rule in words, for tables, the page and the README. */
export const ruleDescriptions: Record<Rule, string> = {
	'beyond-limit': 'a point beyond a process limit',
	shift: `a shift: ${spcConstants.shiftLength} or more points in a row on one side of the mean`,
	trend: `a trend: ${spcConstants.trendLength} or more points in a row, each higher (or each lower) than the one before`,
	'two-of-three': `two of three points in a row close to a limit (beyond ${Math.round(spcConstants.closeToLimitFraction * 100)}% of the way from the mean to it), on the same side`
};

/** Marks every point of each run of at least `length` points on which `joins` gives the same side; a break starts a new run. */
function markRuns(count: number, length: number, joins: (index: number) => Side | null, breaks: readonly boolean[], mark: (index: number, side: Side) => void): void {
	let start = 0;
	let side: Side | null = null;
	const close = (end: number) => {
		if (side && end - start >= length) for (let index = start; index < end; index++) mark(index, side);
	};
	for (let index = 0; index < count; index++) {
		const next = joins(index);
		if (next !== side || next === null || breaks[index]) {
			close(index);
			start = index;
			side = next;
		}
	}
	close(count);
}

/**
 * The rules each point is part of, for one run of points and its limits.
 * `breaks` marks each point with periods missing before it: the runs (shift,
 * trend, two of three) count successive periods, so none reaches across.
 */
export function findSignals(values: readonly number[], limits: XmrLimits, breaks: readonly boolean[] = []): RuleHit[][] {
	const hits: RuleHit[][] = values.map(() => []);
	const add = (index: number, rule: Rule, side: Side) => {
		if (!hits[index]?.some((hit) => hit.rule === rule)) hits[index]?.push({ rule, side });
	};
	const { mean, upperProcessLimit: upper, lowerProcessLimit: lower } = limits;

	values.forEach((value, index) => {
		if (value > upper) add(index, 'beyond-limit', 'high');
		else if (value < lower) add(index, 'beyond-limit', 'low');
	});

	// A point exactly on the mean is on neither side, so it ends a run.
	const sideOfMean = (index: number): Side | null => {
		const value = values[index] ?? mean;
		return value > mean ? 'high' : value < mean ? 'low' : null;
	};
	markRuns(values.length, spcConstants.shiftLength, sideOfMean, breaks, (index, side) => add(index, 'shift', side));

	// A point equal to the one before ends a trend; a turning point belongs to both runs.
	markTrends(values, breaks, (index, side) => add(index, 'trend', side));

	const closeHigh = mean + spcConstants.closeToLimitFraction * (upper - mean);
	const closeLow = mean - spcConstants.closeToLimitFraction * (mean - lower);
	for (let start = 0; start + spcConstants.closeToLimitWindow <= values.length; start++) {
		if (breaks.slice(start + 1, start + spcConstants.closeToLimitWindow).some(Boolean)) continue;
		const window = values.slice(start, start + spcConstants.closeToLimitWindow);
		for (const [side, isClose] of [
			['high', (value: number) => value > closeHigh],
			['low', (value: number) => value < closeLow]
		] as const) {
			if (window.filter(isClose).length >= spcConstants.closeToLimitCount) {
				window.forEach((value, offset) => isClose(value) && add(start + offset, 'two-of-three', side));
			}
		}
	}
	return hits;
}

/** Marks each point of a run of `trendLength` or more points, each above (or below) the one before; no step is taken across a break. */
function markTrends(values: readonly number[], breaks: readonly boolean[], mark: (index: number, side: Side) => void): void {
	let start = 0;
	let side: Side | null = null;
	const close = (end: number) => {
		if (side && end - start + 1 >= spcConstants.trendLength) for (let index = start; index <= end; index++) mark(index, side);
	};
	for (let index = 1; index < values.length; index++) {
		const step = breaks[index] ? 0 : (values[index] ?? 0) - (values[index - 1] ?? 0);
		const next: Side | null = step > 0 ? 'high' : step < 0 ? 'low' : null;
		if (next !== side || next === null) {
			close(index - 1);
			start = index - 1;
			side = next;
		}
	}
	close(values.length - 1);
}
