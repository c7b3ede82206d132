import { ruleDescriptions } from './rules';
import type { Variation, XmrAnalysis, XmrPoint } from './xmr';

/** Each kind of point in words, for keys, tables and downloads. */
export const variationLabels: Record<Variation, string> = {
	common: 'Common cause (noise)',
	improvement: 'Special cause: improvement',
	concern: 'Special cause: concern',
	neither: 'Special cause: neither better nor worse'
};

/** A point's signal in words: what it shows and the rules behind it. */
export function signalWords(point: XmrPoint, analysis: XmrAnalysis): string {
	if (analysis.illustrative) return 'None given: illustrative figures';
	if (point.hits.length === 0) return variationLabels.common;
	const rules = point.hits.map((hit) => `${ruleDescriptions[hit.rule]} (${hit.side})`);
	return `${variationLabels[point.variation]}: ${rules.join('; ')}`;
}

/** One row per point: its period (with the reason where limits start again), value, the limits it is judged against, and its signal. */
export interface XmrRow {
	readonly period: string;
	readonly value: number;
	readonly mean: number | null;
	readonly lower: number | null;
	readonly upper: number | null;
	readonly provisional: boolean;
	readonly signal: string;
}

/** The figures behind an XmR chart, for its table and its CSV download. */
export function xmrRows(analysis: XmrAnalysis): XmrRow[] {
	return analysis.points.map((point) => {
		const segment = analysis.segments[point.segment];
		const limits = segment?.limits ?? null;
		return {
			// The first period after a re-basing says why the limits start again.
			period: segment?.reason && segment.from === point.period ? `${point.label} (limits start again: ${segment.reason})` : point.label,
			value: point.value,
			mean: limits?.mean ?? null,
			lower: limits?.lowerProcessLimit ?? null,
			upper: limits?.upperProcessLimit ?? null,
			provisional: segment?.state === 'provisional',
			signal: signalWords(point, analysis)
		};
	});
}
