/**
 * A series as the dashboard judges it: what a view's loader hands over (its
 * definition, its points, its target from the measures-and-aims data, whether
 * it is invented, where it comes from) and what the judging adds (the XmR
 * analysis, its findings in words and its headline). One shape for every view,
 * so the views' charts, the home page's headlines, the exceptions report and
 * the pack all read the same judgement and can never disagree.
 */
import { citationLines } from '$lib/exports/citation-lines';
import { formatCountOrAverage, formatPercent, formatPounds } from '$lib/format/uk';
import type { Citation } from '$lib/sources/citation-text';
import type { Improvement } from './assurance';
import { markGaps } from './period-gaps';
import { spcFindings, spcHeadline, type SummaryWording } from './spc-summary';
import { analyseSeries, type NaturalBounds, type Rebase, type SeriesPoint, type XmrAnalysis } from './xmr';

/** How a series' values are printed. */
export type SeriesValueKind = 'count' | 'percent' | 'money';

/** What a series is, fixed in its view's code: its name, its periods, which way is better and any re-basing. */
export interface SeriesDefinition {
	/** Unique across the dashboard, stable (used in links, CSV rows and tests): "referrals-victim-services". */
	readonly id: string;
	/** The measures-and-aims row it evidences ("icv-compliance"), so the plan aims can judge that measure by it; absent when none. */
	readonly measureId?: string;
	/** The measure in words, as a headline starts: "Victim service referrals". */
	readonly measure: string;
	/** One period of the series: "month", "week" or "quarter". */
	readonly unit: 'month' | 'week' | 'quarter';
	readonly improvement: Improvement;
	readonly valueKind: SeriesValueKind;
	/** Stated changes to the process from a period on, each with its reason. */
	readonly rebases?: readonly Rebase[];
	/** The values the measure can take; a count's default is no fewer than 0. Limits are shown within them. */
	readonly bounds?: NaturalBounds;
}

/** A series as its view's loader returns it, before judging. */
export interface SeriesData {
	readonly definition: SeriesDefinition;
	/** In period order; a period with no figure is left out, never given as zero. */
	readonly points: readonly SeriesPoint[];
	/** The target from the measures-and-aims data (never a literal in code), or null when none is set. */
	readonly target: number | null;
	/** Invented figures: drawn, but never given a signal or a verdict. */
	readonly illustrative: boolean;
	/** Where the figures come from, as the rows cite it. */
	readonly citations: readonly Citation[];
	/**
	 * Where the figures come from in words, for figures whose rows cite no
	 * register document (police.uk files a user loads): shown instead of the
	 * citations' lines when given.
	 */
	readonly sourceLines?: readonly string[];
}

/** Where a series is shown: the view it belongs to. */
export interface SeriesHome {
	readonly viewId: string;
	readonly path: string;
	readonly viewTitle: string;
	/** The Police and Crime Plan theme, by which the exceptions report groups. */
	readonly theme: string;
}

/** A series judged: its data, where it lives, the analysis, and what it says in words. */
export interface JudgedSeries extends SeriesData {
	readonly home: SeriesHome;
	readonly analysis: XmrAnalysis;
	/** Every finding in plain English, the most recent first. */
	readonly findings: readonly string[];
	/** One line: the measure and its latest finding. */
	readonly headline: string;
	/** Whether the latest stretch of limits holds a special cause, or there is an assurance result: what a headline is for. */
	readonly noteworthy: boolean;
}

/** Loads a view's series for a set of filters; a view's definition carries one when it has series. */
export type { SeriesLoader } from './series-loader';

/** Where a series' figures come from, one line per source: its own words when it has them, else its citations'. */
export function seriesSources(data: SeriesData): readonly string[] {
	return data.sourceLines ?? citationLines(data.citations);
}

/** How a value of each kind is printed in findings, tables and chart labels. */
export const seriesFormat: Record<SeriesValueKind, (value: number) => string> = {
	// A count is whole; its mean and limits are averages, to the precision the counts support (1,533; 4.3).
	count: (value) => formatCountOrAverage(value),
	percent: (value) => formatPercent(value),
	money: (value) => formatPounds(Math.round(value))
};

/** The wording of a series' findings. */
export function seriesWording(definition: SeriesDefinition): SummaryWording {
	return { measure: definition.measure, unit: definition.unit, format: seriesFormat[definition.valueKind] };
}

/** Judges one series: limits, rules and assurance, then the findings and headline in words. */
export function judgeSeries(data: SeriesData, home: SeriesHome): JudgedSeries {
	const analysis = analyseSeries({
		points: markGaps(data.points, data.definition.unit),
		improvement: data.definition.improvement,
		target: data.target,
		rebases: data.definition.rebases ?? [],
		illustrative: data.illustrative,
		bounds: data.definition.bounds ?? (data.definition.valueKind === 'count' ? { lower: 0 } : undefined)
	});
	const wording = seriesWording(data.definition);
	const latest = analysis.segments.length - 1;
	const signalled = analysis.points.some((point) => point.segment === latest && point.variation !== 'common');
	return {
		...data,
		home,
		analysis,
		findings: spcFindings(analysis, wording),
		headline: spcHeadline(analysis, wording),
		noteworthy: !analysis.illustrative && (signalled || analysis.assurance !== null)
	};
}
