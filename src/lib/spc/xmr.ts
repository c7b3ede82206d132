import { assuranceAgainst, type Assurance, type Improvement } from './assurance';
import { spcConstants } from './constants';
import { movingRanges, xmrLimits, type XmrLimits } from './limits';
import { findSignals, type Rule, type RuleHit, type Side } from './rules';

/** One value of a series: its period key (sortable, such as 2024-06), its label in words, and the value. */
export interface SeriesPoint {
	readonly period: string;
	readonly label: string;
	readonly value: number;
	/**
	 * Periods are missing just before this point (no figure for them): the
	 * chart's line breaks there, and no moving range or run of points reaches
	 * across (`period-gaps.ts`).
	 */
	readonly afterGap?: boolean;
}

/** A stated change to the process from a period on (a new scheme, a recording change), with its reason. */
export interface Rebase {
	readonly period: string;
	readonly reason: string;
}

/** A series to judge, with the direction of improvement and, where set, a target. */
export interface XmrInput {
	readonly points: readonly SeriesPoint[];
	readonly improvement: Improvement;
	readonly target?: number | null;
	readonly rebases?: readonly Rebase[];
	/** Invented figures: limits are drawn, but no signal or verdict is given. */
	readonly illustrative?: boolean;
	/** The values the measure can take (no fewer than 0 crimes; no more than 100% of weeks): limits are shown within them. */
	readonly bounds?: NaturalBounds;
}

/** The least and most a measure can be; either may be absent. */
export interface NaturalBounds {
	readonly lower?: number;
	readonly upper?: number;
}

/**
 * Limits as shown: a process limit beyond what the measure can be is shown at
 * that bound (a lower limit of −1.3 crimes is 0). The rules are applied with
 * the limits as calculated, so the zones near a limit keep Wheeler's widths.
 */
function withinBounds(limits: XmrLimits, bounds: NaturalBounds | undefined): XmrLimits {
	if (!bounds) return limits;
	const clamp = (value: number) => Math.min(bounds.upper ?? Infinity, Math.max(bounds.lower ?? -Infinity, value));
	return { ...limits, upperProcessLimit: clamp(limits.upperProcessLimit), lowerProcessLimit: clamp(limits.lowerProcessLimit) };
}

/** Whether a period's limits can be relied on. */
export type LimitsState = 'settled' | 'provisional' | 'none';

/** A stretch of the series with its own limits: the whole series, or the points since a re-basing. */
export interface XmrSegment {
	readonly from: string;
	readonly fromLabel: string;
	/** Why the limits start again here; null for the first segment. */
	readonly reason: string | null;
	readonly count: number;
	readonly limits: XmrLimits | null;
	readonly state: LimitsState;
	/** What the state means, in words; empty when the limits are settled. */
	readonly note: string;
}

/** What a point shows: common-cause variation, or a special cause that is an improvement, a concern, or neither. */
export type Variation = 'common' | 'improvement' | 'concern' | 'neither';

/** A point with its segment, moving range, the rules it is part of and what that means. */
export interface XmrPoint extends SeriesPoint {
	readonly segment: number;
	readonly movingRange: number | null;
	readonly hits: readonly RuleHit[];
	readonly variation: Variation;
}

/** A series judged: every point, each segment's limits, and the assurance against the target. */
export interface XmrAnalysis {
	readonly points: readonly XmrPoint[];
	readonly segments: readonly XmrSegment[];
	readonly improvement: Improvement;
	readonly target: number | null;
	readonly assurance: Assurance | null;
	/** Why there is no assurance result, in words (empty when there is one or no target). */
	readonly assuranceNote: string;
	readonly illustrative: boolean;
}

/** The order in which a point's rules decide what it shows, when it is part of more than one. */
const rulePriority: readonly Rule[] = ['beyond-limit', 'shift', 'two-of-three', 'trend'];

/** What a signal on one side means for a measure with this direction of improvement. */
export function variationOf(side: Side, improvement: Improvement): Variation {
	if (improvement === 'neither') return 'neither';
	return (side === 'high') === (improvement === 'higher') ? 'improvement' : 'concern';
}

/** Splits points at each re-basing (the first point at or after its period); a re-basing with no points after it is dropped. */
function segmentsOf(points: readonly SeriesPoint[], rebases: readonly Rebase[]): { start: number; end: number; reason: string | null }[] {
	const starts = [...rebases]
		.sort((a, b) => a.period.localeCompare(b.period))
		.map((rebase) => ({ start: points.findIndex((point) => point.period >= rebase.period), reason: rebase.reason }))
		.filter(({ start }) => start > 0);
	const bounds: { start: number; reason: string | null }[] = [{ start: 0, reason: null }];
	for (const next of starts) {
		const last = bounds[bounds.length - 1];
		if (last && next.start === last.start) bounds[bounds.length - 1] = next;
		else bounds.push(next);
	}
	return bounds.map((bound, index) => ({ ...bound, end: bounds[index + 1]?.start ?? points.length }));
}

/** The state of a segment's limits from its number of points (and of moving ranges, which a gap removes), and what it means in words. */
function limitsState(count: number, fromLabel: string, ranges: number): { state: LimitsState; note: string } {
	if (count >= spcConstants.minimumPoints && ranges === 0) {
		return {
			state: 'none',
			note: `No process limits: no two of the ${count} points from ${fromLabel} are in successive periods, so there is no moving range to measure noise by.`
		};
	}
	if (count < spcConstants.minimumPoints) {
		return {
			state: 'none',
			note: `No process limits: ${count} ${count === 1 ? 'point' : 'points'} from ${fromLabel}, and at least ${spcConstants.minimumPoints} are needed to tell a signal from noise.`
		};
	}
	if (count < spcConstants.settledPoints) {
		return {
			state: 'provisional',
			note: `Provisional limits: ${count} points from ${fromLabel}, fewer than ${spcConstants.settledPoints}, so the limits will move as points are added.`
		};
	}
	return { state: 'settled', note: '' };
}

/** Judges a series: limits for each period between re-basings, the rules for each point, and assurance against any target. */
export function analyseSeries(input: XmrInput): XmrAnalysis {
	const illustrative = input.illustrative ?? false;
	const target = input.target ?? null;
	const points: XmrPoint[] = [];
	const segments: XmrSegment[] = [];
	for (const { start, end, reason } of segmentsOf(input.points, input.rebases ?? [])) {
		const stretch = input.points.slice(start, end);
		const values = stretch.map((point) => point.value);
		// A segment starts afresh, so its first point has no moving range whether or not a gap comes before it.
		const breaks = stretch.map((point, offset) => offset > 0 && point.afterGap === true);
		const first = stretch[0];
		// The moving ranges the limits would be measured by: none across a gap.
		const ranges = movingRanges(values, breaks).filter((range) => range !== null).length;
		const { state, note } = limitsState(stretch.length, first?.label ?? '', ranges);
		const calculated = state === 'none' ? null : xmrLimits(values, breaks);
		// Invented figures get limits to show the method, but never a signal.
		const hits = calculated && !illustrative ? findSignals(values, calculated, breaks) : values.map(() => []);
		const limits = calculated && withinBounds(calculated, input.bounds);
		stretch.forEach((point, offset) => {
			const pointHits = hits[offset] ?? [];
			const decisive = rulePriority.map((rule) => pointHits.find((hit) => hit.rule === rule)).find((hit) => hit !== undefined);
			points.push({
				...point,
				segment: segments.length,
				movingRange: limits?.movingRanges[offset] ?? null,
				hits: pointHits,
				variation: decisive ? variationOf(decisive.side, input.improvement) : 'common'
			});
		});
		segments.push({ from: first?.period ?? '', fromLabel: first?.label ?? '', reason, count: stretch.length, limits, state, note });
	}

	const latest = segments[segments.length - 1];
	let assurance: Assurance | null = null;
	let assuranceNote = '';
	if (target !== null) {
		if (illustrative) assuranceNote = 'No assurance against the target: these are illustrative figures, not real ones.';
		else if (!latest?.limits) assuranceNote = 'No assurance against the target: too few points for process limits.';
		else if (input.improvement === 'neither') assuranceNote = 'No assurance against the target: the measure has no direction of improvement.';
		else assurance = assuranceAgainst(latest.limits, target, input.improvement);
	}
	return { points, segments, improvement: input.improvement, target, assurance, assuranceNote, illustrative };
}
