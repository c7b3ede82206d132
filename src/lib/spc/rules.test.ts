import { describe, expect, it } from 'vitest';
import { spcConstants } from './constants';
import type { XmrLimits } from './limits';
import { findSignals, type Rule } from './rules';

// Fixed limits, so each crafted series tests a rule and not the limits:
// mean 10, process limits 4 and 16, so "close to a limit" is beyond
// 10 ± 2/3 × 6 = 14 and 6.
const limits: XmrLimits = {
	mean: 10,
	movingRanges: [],
	meanMovingRange: 6 / 2.66,
	upperProcessLimit: 16,
	lowerProcessLimit: 4,
	movingRangeUpperLimit: (3.267 * 6) / 2.66
};

/** The indices of the points a rule marks, and which way. */
function marked(values: number[], rule: Rule): string[] {
	return findSignals(values, limits).flatMap((hits, index) => hits.filter((hit) => hit.rule === rule).map((hit) => `${index}:${hit.side}`));
}

describe('a point beyond a process limit', () => {
	it('is a point above the upper limit or below the lower one', () => {
		expect(marked([10, 16.01, 10, 3.99], 'beyond-limit')).toEqual(['1:high', '3:low']);
	});
	it('is not a point on a limit', () => {
		expect(marked([10, 16, 10, 4], 'beyond-limit')).toEqual([]);
	});
});

describe(`a shift (${spcConstants.shiftLength} points on one side of the mean)`, () => {
	it('marks every point of a run of seven above the mean', () => {
		expect(marked([9, 11, 11, 11, 11, 11, 11, 11, 9], 'shift')).toEqual(['1:high', '2:high', '3:high', '4:high', '5:high', '6:high', '7:high']);
	});
	it('marks a run of seven below the mean as low', () => {
		expect(marked([9, 9, 9, 9, 9, 9, 9], 'shift')).toHaveLength(7);
		expect(marked([9, 9, 9, 9, 9, 9, 9], 'shift')[0]).toBe('0:low');
	});
	it('does not mark a run of six', () => {
		expect(marked([9, 11, 11, 11, 11, 11, 11, 9], 'shift')).toEqual([]);
	});
	it('is broken by a point on the mean', () => {
		expect(marked([11, 11, 11, 10, 11, 11, 11, 11], 'shift')).toEqual([]);
	});
});

describe(`a trend (${spcConstants.trendLength} points each higher, or each lower, than the one before)`, () => {
	it('marks seven rising points', () => {
		expect(marked([7, 8, 9, 10.5, 11, 12, 13], 'trend')).toEqual(['0:high', '1:high', '2:high', '3:high', '4:high', '5:high', '6:high']);
	});
	it('marks seven falling points as low', () => {
		expect(marked([13, 12, 11, 10.5, 9, 8, 7, 7.5], 'trend')).toHaveLength(7);
		expect(marked([13, 12, 11, 10.5, 9, 8, 7, 7.5], 'trend')[6]).toBe('6:low');
	});
	it('does not mark six rising points', () => {
		expect(marked([7, 8, 9, 10.5, 11, 12, 11.5], 'trend')).toEqual([]);
	});
	it('is broken by a point equal to the one before', () => {
		expect(marked([7, 8, 9, 9, 10.5, 11, 12, 13], 'trend')).toEqual([]);
	});
});

describe('two of three points close to a limit', () => {
	it('marks the two close points when two of three in a row are beyond two thirds of the way to the upper limit', () => {
		expect(marked([10, 14.5, 10, 14.5, 10], 'two-of-three')).toEqual(['1:high', '3:high']);
	});
	it('marks two of three close to the lower limit as low', () => {
		expect(marked([5.5, 5.9, 10], 'two-of-three')).toEqual(['0:low', '1:low']);
	});
	it('does not mark two close points three apart', () => {
		expect(marked([14.5, 10, 10, 14.5], 'two-of-three')).toEqual([]);
	});
	it('does not mark points close to opposite limits', () => {
		expect(marked([14.5, 5.5, 10], 'two-of-three')).toEqual([]);
	});
	it('does not mark points just inside two thirds of the way', () => {
		expect(marked([14, 14, 14], 'two-of-three')).toEqual([]);
	});
});

describe('noise', () => {
	it('sets off no rule at all', () => {
		expect(findSignals([9, 11, 10.5, 9.5, 11, 9, 10.5, 9.5, 11, 9], limits).flat()).toEqual([]);
	});
});

describe('missing periods (a gap before a point)', () => {
	/** The rule's marks with periods missing before the point at `gapAt`. */
	const markedWithGap = (values: number[], gapAt: number, rule: Rule) => {
		const breaks = values.map((_, index) => index === gapAt);
		return findSignals(values, limits, breaks).flatMap((hits, index) => hits.filter((hit) => hit.rule === rule).map((hit) => `${index}:${hit.side}`));
	};

	it('splits a shift: four and three points above the mean either side of a gap are not seven in a row', () => {
		const values = [11, 11, 11, 11, 11, 11, 11];
		expect(marked(values, 'shift')).toHaveLength(7);
		expect(markedWithGap(values, 4, 'shift')).toEqual([]);
	});

	it('still finds a shift of seven after a gap', () => {
		expect(markedWithGap([9, 11, 11, 11, 11, 11, 11, 11], 1, 'shift')).toEqual(['1:high', '2:high', '3:high', '4:high', '5:high', '6:high', '7:high']);
	});

	it('splits a trend: the rise across a gap is not a step of the trend', () => {
		const values = [7, 8, 9, 10.5, 11, 12, 13];
		expect(markedWithGap(values, 3, 'trend')).toEqual([]);
	});

	it('does not count two points close to a limit either side of a gap as two of three', () => {
		const values = [10, 15, 15, 10];
		expect(marked(values, 'two-of-three')).toEqual(['1:high', '2:high']);
		expect(markedWithGap(values, 2, 'two-of-three')).toEqual([]);
	});

	it('still marks a point beyond a limit after a gap', () => {
		expect(markedWithGap([10, 10, 17], 2, 'beyond-limit')).toEqual(['2:high']);
	});
});
