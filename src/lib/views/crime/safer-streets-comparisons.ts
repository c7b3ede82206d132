/**
 * The before-and-after comparison's facts: Round 5's start and its targeted
 * crimes come from one place (src/lib/spc/safer-streets-round-five.ts), which
 * the series' re-basing reads too.
 */
export { roundFiveStart, type RoundFiveTarget as SaferStreetsComparison } from '$lib/spc/safer-streets-round-five';
import { roundFiveTargets } from '$lib/spc/safer-streets-round-five';

/** Months compared either side of the start: twelve, so each side has every season once. */
export const monthsEitherSide = 12;

/** The two Round 5 bids aimed at particular crimes in one area, compared before and after. */
export const saferStreetsComparisons = roundFiveTargets;
