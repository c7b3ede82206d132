/**
 * Every number the statistical process control uses, with where it comes from,
 * in one place: the page and the README quote these, and the tests read them.
 *
 * The method is NHS England's "Making Data Count" (NHS Improvement, 2019:
 * "Making data count: strengthening your decisions" and "Getting started"), the
 * XmR chart of Wheeler's "Understanding Variation" (SPC Press, 1993), as
 * implemented by the NHS-R Community's NHSRplotthedots package (run lengths of
 * seven for both shifts and trends).
 */
export const spcConstants = {
	/**
	 * Process limits are the mean ± 2.66 × the mean moving range: 2.66 = 3 / d2,
	 * with d2 = 1.128 for ranges of two successive points (Wheeler, Understanding
	 * Variation, appendix "XmR charts using the average moving range").
	 */
	processLimitFactor: 2.66,
	/** The moving ranges' upper limit is 3.267 × the mean moving range (D4 for ranges of two; Wheeler gives 3.27). */
	movingRangeLimitFactor: 3.267,
	/**
	 * A shift: seven or more points in a row on the same side of the mean
	 * (Making Data Count; NHSRplotthedots `ptd_seven_point_one_side_mean`).
	 * Seven, not six: a run of seven on one side happens by chance about once
	 * in 64 runs (2 × 0.5^7), rare enough to act on monthly data.
	 */
	shiftLength: 7,
	/**
	 * A trend: seven or more points in a row, each higher (or each lower) than
	 * the one before (Making Data Count; NHSRplotthedots `ptd_seven_point_trend`).
	 * A point equal to the one before breaks the run.
	 */
	trendLength: 7,
	/**
	 * "Close to a limit": beyond two thirds of the way from the mean to the
	 * limit (two sigma). Two of any three points in a row there, on the same
	 * side, is a signal (Making Data Count's "two out of three").
	 */
	closeToLimitFraction: 2 / 3,
	closeToLimitCount: 2,
	closeToLimitWindow: 3,
	/**
	 * Fewer points than this: no limits at all. Wheeler, Understanding
	 * Variation (appendix): "useful limits may be constructed with as few as
	 * five or six values"; we take six, the safer of the two.
	 */
	minimumPoints: 6,
	/**
	 * Fewer points than this: the limits are drawn but called provisional, as
	 * they will move as points are added (issue 17; Making Data Count asks for
	 * 15 to 20 points before limits are fixed).
	 */
	settledPoints: 12
} as const;

/** The sources of the constants above, in words, for the page and the README. */
export const spcSources = [
	'NHS England (NHS Improvement), "Making Data Count: strengthening your decisions", 2019',
	'Donald J. Wheeler, "Understanding Variation: the key to managing chaos", SPC Press, 1993',
	'NHS-R Community, NHSRplotthedots (the Making Data Count rules in R)'
] as const;
