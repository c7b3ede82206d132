/**
 * Named examples of the chart and table components, from made-up fixture
 * values: the gallery page draws them without starting the query engine, so
 * the axe scan and the 320 px reflow check cover every state of every component
 * in one page. Every figure here is an illustrative sample.
 */
import { formatCount, formatPercent } from '$lib/format/uk';
import type { Bar } from '$lib/charts/bar-layout';
import type { Dot } from '$lib/charts/dot-layout';
import type { Series } from '$lib/charts/line-layout';
import { suppressCount } from '$lib/exports/suppression';
import { judgeSeries, type JudgedSeries, type SeriesDefinition } from '$lib/spc/judged-series';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import { markGaps } from '$lib/spc/period-gaps';
import { analyseSeries, type XmrAnalysis } from '$lib/spc/xmr';

/**
 * What every example has: its name, and the registered views (their ids in
 * src/lib/views/registry.ts) that draw this form or state, so a check can
 * require each view to have its examples here.
 */
export interface NamedExample {
	readonly name: string;
	readonly views: readonly string[];
}

/** A bar chart example: its bars and the legend groups they index. */
export interface BarExample extends NamedExample {
	readonly title: string;
	readonly bars: readonly Bar[];
	readonly groups: readonly string[];
}

/** A dot plot example: its dots, the legend groups they index, and a target line if any. */
export interface DotExample extends NamedExample {
	readonly title: string;
	readonly dots: readonly Dot[];
	readonly groups: readonly string[];
	readonly target: number | null;
}

/** A line chart example: the periods along the bottom and a line per series. */
export interface LineExample extends NamedExample {
	readonly title: string;
	readonly periods: readonly string[];
	readonly series: readonly Series[];
}

/** An XmR chart and its table from one analysis. */
export interface XmrExample extends NamedExample {
	readonly title: string;
	readonly analysis: XmrAnalysis;
}

/** A row of the table examples: a place and its counts. */
export interface CountRow extends Record<string, unknown> {
	readonly place: string;
	readonly visits: number;
	readonly declined: number;
}

/** A table example: its caption and rows, and whether small counts are shown as [c]. */
export interface TableExample extends NamedExample {
	readonly caption: string;
	readonly rows: readonly CountRow[];
	readonly suppressed: boolean;
}

const bar = (key: string, label: string, value: number, group = 0): Bar => ({ key, label, value, valueLabel: formatCount(value), group });

export const barExamples: readonly BarExample[] = [
	{
		name: 'bars',
		views: ['engagement', 'crime'],
		title: 'Engagement by type (illustrative sample)',
		bars: [bar('meetings', 'Partner meeting', 28), bar('public', 'Public meeting', 5), bar('letters', 'Correspondence', 488), bar('press', 'Press statement', 22)],
		groups: ['Engagement']
	},
	{
		name: 'bars-with-key',
		views: ['budget'],
		title: 'Spend by who holds it (illustrative sample)',
		bars: [bar('force', 'Force', 154.5, 0), bar('region', 'Region', 10.2, 0), bar('office', 'Office', 1.2, 1), bar('capital', 'Capital', 2.6, 2)],
		groups: ['Passed to the Chief Constable', 'Kept by the Commissioner', 'Capital']
	},
	{
		name: 'bars-long-labels',
		views: ['budget'],
		title: 'Bars whose labels wrap over several lines (illustrative sample)',
		bars: [
			bar('long-1', 'Operational Policing delivered by Leicestershire Police (Net), including the regional units', 154.5),
			bar('long-2', 'To Commission Services (net of grants and use of reserves) for victims and witnesses', 3.1),
			bar('long-3', 'To run the Office of the Police and Crime Commissioner', 1.2)
		],
		groups: ['Amount']
	}
];

/** A bar of a share: the axis runs to 100%, and the label gives the counts it is made of. */
const share = (key: string, label: string, part: number, whole: number): Bar => ({ key, label, value: (100 * part) / whole, valueLabel: `${part} of ${whole} aims`, group: 0 });

export const shareBarExamples: readonly BarExample[] = [
	{
		name: 'bars-of-shares',
		views: ['plan-aims', 'budget'],
		title: 'Share of each theme’s aims evidenced: 2 of 6 drawn shorter than 2 of 4 (illustrative sample)',
		bars: [share('six', 'Theme of six aims', 2, 6), share('four', 'Theme of four aims', 2, 4), share('five', 'Theme of five aims', 5, 5)],
		groups: ['Aims evidenced']
	}
];

const dot = (key: string, label: string, visited: number, open: number, group = 0): Dot => ({
	key,
	label,
	value: (100 * visited) / open,
	valueLabel: `${formatPercent((100 * visited) / open)} (${visited}/${open})`,
	group
});

export const dotExamples: readonly DotExample[] = [
	{
		name: 'dots-axis-not-from-zero',
		views: ['custody-visiting'],
		title: 'Weeks visited by suite, 90% to 100%: the axis starts at 80% (illustrative sample)',
		dots: [dot('beaumont', 'Beaumont Leys', 51, 52), dot('euston', 'Euston Street', 50, 52), dot('keyham', 'Keyham Lane', 52, 52), dot('wigston', 'Wigston (standby)', 9, 10, 1)],
		groups: ['Primary suite', 'Standby suite (weeks open only)'],
		target: 100
	},
	{
		name: 'dots-axis-from-zero',
		views: ['custody-visiting'],
		title: 'A suite visited in a third of its weeks: the axis starts at zero (illustrative sample)',
		dots: [dot('beaumont', 'Beaumont Leys', 51, 52), dot('wigston', 'Wigston (standby)', 1, 3, 1)],
		groups: ['Primary suite', 'Standby suite (weeks open only)'],
		target: 100
	}
];

const months = monthlyPoints(steadyNoise).map((point) => point.label);

export const lineExamples: readonly LineExample[] = [
	{
		name: 'lines',
		views: ['referrals', 'safer-streets'],
		title: 'Referrals by month, with last year dashed (illustrative sample)',
		periods: months,
		series: [
			{ key: 'this-year', label: 'Referrals', values: steadyNoise, colour: 0 },
			{ key: 'last-year', label: 'Same month last year', values: steadyNoise.map((value) => value + 6), colour: 1, dashed: true }
		]
	},
	{
		name: 'lines-with-gaps-and-key',
		views: ['crime', 'safer-streets'],
		title: 'Five lines, so a key, and a month not held (illustrative sample)',
		periods: months,
		series: ['Victim services', 'Child vulnerability', 'Restorative justice', 'Violence reduction', 'Other'].map((label, index) => ({
			key: `service-${index}`,
			label,
			values: steadyNoise.map((value, month) => (month === 5 && index === 2 ? null : value + index * 12)),
			colour: index
		}))
	}
];

// September 2023 far above the rest, then a re-based second year: a point beyond a limit and provisional limits.
const withSignal = [...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8), ...steadyNoise.map((value) => value + 30).slice(0, 8)];

export const xmrExamples: readonly XmrExample[] = [
	{
		name: 'xmr-illustrative',
		views: ['custody-visiting', 'referrals', 'safer-streets'],
		title: 'An illustrative series: limits drawn, no signal and no verdict',
		analysis: analyseSeries({ points: monthlyPoints(steadyNoise), improvement: 'lower', target: 95, illustrative: true })
	},
	{
		name: 'xmr-signals-and-rebasing',
		views: ['safer-streets', 'crime'],
		title: 'Signal markers, a re-basing and provisional limits (made-up figures)',
		analysis: analyseSeries({ points: monthlyPoints(withSignal), improvement: 'lower', rebases: [{ period: '2024-02', reason: 'A new way of counting began' }] })
	},
	{
		name: 'xmr-missing-months',
		views: ['crime', 'referrals'],
		title: 'Months with no figure: the line broken, one empty slot, no run across it (illustrative sample)',
		analysis: analyseSeries({
			points: markGaps([...monthlyPoints(steadyNoise), ...monthlyPoints(steadyNoise.slice(0, 8), 2025)], 'month'),
			improvement: 'lower',
			illustrative: true
		})
	},
	{
		name: 'xmr-too-few-points',
		views: ['crime', 'engagement'],
		title: 'Too few points for limits',
		analysis: analyseSeries({ points: monthlyPoints(steadyNoise.slice(0, 4)), improvement: 'higher', illustrative: true })
	}
];

/** A series as a view shows it (SeriesPanel): its finding as the title, findings, chart and folded table. */
export interface SeriesPanelExample extends NamedExample {
	readonly series: JudgedSeries;
}

const galleryHome = { viewId: 'gallery', path: '/examples/gallery', viewTitle: 'Gallery', theme: 'None: made-up figures' };
const madeUp = { source_document: 'illustrative-sample', source_ref: 'made-up figures for the gallery' };
/** A made-up monthly series judged as a view's would be; "real" (not illustrative) only so its signals and assurance show. */
function panel(
	name: string,
	views: readonly string[],
	definition: Omit<SeriesDefinition, 'id' | 'unit' | 'valueKind'>,
	values: readonly number[],
	more: { target?: number; illustrative?: boolean } = {}
): SeriesPanelExample {
	const series = judgeSeries(
		{
			definition: { id: `gallery-${name}`, unit: 'month', valueKind: 'count', ...definition },
			points: monthlyPoints(values),
			target: more.target ?? null,
			illustrative: more.illustrative ?? false,
			citations: [madeUp]
		},
		galleryHome
	);
	return { name, views, series };
}

// Made up: steady noise, then one month far above it and seven months in a row above the average.
const signalAndShift = [...steadyNoise, 101, 99, 140, 106, 107, 105, 108, 106, 107, 105];

export const seriesPanelExamples: readonly SeriesPanelExample[] = [
	panel('series-signal', ['engagement', 'crime'], { measure: 'Made-up referrals', improvement: 'neither' }, signalAndShift),
	// No target: made-up figures carry no verdict, even in the gallery.
	panel('series-no-signal', ['engagement', 'custody-visiting', 'referrals', 'safer-streets', 'crime'], { measure: 'Made-up visits', improvement: 'higher' }, steadyNoise),
	panel('series-illustrative', ['custody-visiting', 'referrals', 'safer-streets'], { measure: 'Illustrative referrals', improvement: 'neither' }, signalAndShift, {
		illustrative: true
	}),
	panel('series-provisional', ['engagement', 'crime'], { measure: 'Made-up meetings', improvement: 'neither' }, steadyNoise.slice(0, 8)),
	panel('series-none', ['crime', 'custody-visiting'], { measure: 'Made-up crimes', improvement: 'lower' }, steadyNoise.slice(0, 4), { target: 95 })
];

const places: readonly CountRow[] = [
	{ place: 'Euston Street', visits: 41, declined: 3 },
	{ place: 'Keyham Lane', visits: 38, declined: 12 },
	{ place: 'Beaumont Leys', visits: 4, declined: 0 },
	{ place: 'Wigston (standby suite, open only when another suite is closed for repairs)', visits: 9, declined: 1 }
];

export const tableExamples: readonly TableExample[] = [
	{ name: 'table', views: ['custody-visiting', 'plan-aims'], caption: 'Custody visits by suite (illustrative sample)', rows: places.slice(0, 2), suppressed: false },
	{
		name: 'table-small-counts-suppressed',
		views: ['custody-visiting', 'referrals'],
		caption: 'Custody visits by suite, counts below 5 shown as [c] (illustrative sample)',
		rows: places,
		suppressed: true
	},
	{
		name: 'table-empty',
		views: ['engagement', 'custody-visiting', 'referrals', 'safer-streets', 'crime'],
		caption: 'Custody visits in a period with none (illustrative sample)',
		rows: [],
		suppressed: false
	}
];

/** A count as the table shows it: [c] below the threshold where small counts are hidden. */
export function shownCount(value: unknown, suppressed: boolean): string {
	const shown = suppressed ? suppressCount(value) : value;
	return typeof shown === 'number' ? formatCount(shown) : String(shown);
}

/** Every example, in the order the page shows them. */
export const examples: readonly NamedExample[] = [...barExamples, ...shareBarExamples, ...dotExamples, ...lineExamples, ...xmrExamples, ...seriesPanelExamples, ...tableExamples];

/** Every example's name, in the order the page shows them: what the browser tests walk through. */
export const exampleNames: readonly string[] = examples.map((example) => example.name);
