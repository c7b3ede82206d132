/**
 * The exceptions report as CSV, in the house's export form (chart-csv.ts):
 * comment lines for the title, period, area, each source and the marking,
 * then one row per finding of each exception, and one row for each series
 * with no signal and each illustrative one. Counts of people in the views
 * that hide small counts are shown as [c], in the figures and in the words.
 */
import { commentLine } from '$lib/exports/chart-csv';
import { citationLines } from '$lib/exports/citation-lines';
import { safeCsv } from '$lib/exports/csv-cells';
import { isSuppressed, suppressedSymbol, suppressionFootnote } from '$lib/exports/suppression';
import { assuranceDescriptions } from '$lib/spc/assurance';
import type { JudgedSeries } from '$lib/spc/judged-series';
import type { ExceptionsReport } from './exceptions-report';
import { holdsSmallCounts, publishedFindings, seriesThreshold } from './published-findings';

/** What the CSV says about itself besides its rows. */
export interface ExceptionsCsvOptions {
	/** The period in words ("2023/24"). */
	readonly period: string;
	/** The area in words, or the whole force area. */
	readonly area: string;
	readonly marking: string;
	/** Counts below this are [c] in the views that hide small counts. */
	readonly threshold: number;
	/** The site's address, so each row's view link opens from the file. */
	readonly origin: string;
}

/** The columns, in order. */
export const exceptionsCsvHeader = [
	'Plan theme',
	'Measure',
	'Status',
	'Finding',
	'Latest period',
	'Latest value',
	'Average',
	'Lower process limit',
	'Upper process limit',
	'Assurance against target',
	'View',
	'Link',
	'Sources'
] as const;

type Cell = string | number;

/** The status column's words. */
const statusWords = { signal: 'Signal', quiet: 'No signal', illustrative: 'Illustrative sample: no signal given' } as const;

/** The rows for one series: one per finding (one in all for a series with no signal). */
function seriesRows(series: JudgedSeries, status: keyof typeof statusWords, options: ExceptionsCsvOptions): { rows: Cell[][]; suppressed: boolean } {
	const applies = seriesThreshold(series, options.threshold);
	const latest = series.analysis.points[series.analysis.points.length - 1];
	const limits = series.analysis.segments[series.analysis.segments.length - 1]?.limits ?? null;
	const hidden = latest !== undefined && applies !== undefined && isSuppressed(latest.value, applies);
	// Figures stay numbers, as in every chart's CSV, to two decimal places at most.
	const figure = (value: number | undefined): Cell => (value === undefined ? '' : Math.round(value * 100) / 100);
	const shared = {
		latestPeriod: latest?.label ?? '',
		latestValue: hidden ? suppressedSymbol : figure(latest?.value),
		mean: figure(limits?.mean),
		lower: figure(limits?.lowerProcessLimit),
		upper: figure(limits?.upperProcessLimit),
		assurance: series.analysis.assurance ? assuranceDescriptions[series.analysis.assurance] : '',
		sources: citationLines(series.citations).join('; ')
	};
	const findings = status === 'signal' ? publishedFindings(series, options.threshold) : [publishedFindings(series, options.threshold)[0] ?? ''];
	const rows = findings.map((finding) => [
		series.home.theme,
		series.definition.measure,
		statusWords[status],
		finding,
		shared.latestPeriod,
		shared.latestValue,
		shared.mean,
		shared.lower,
		shared.upper,
		shared.assurance,
		series.home.viewTitle,
		`${options.origin}${series.home.path}`,
		shared.sources
	]);
	return { rows, suppressed: hidden || holdsSmallCounts(series, options.threshold) };
}

/** The exceptions report as CSV text (no byte-order mark: `downloadText` adds it, as every download does). */
export function exceptionsCsv(report: ExceptionsReport, options: ExceptionsCsvOptions): string {
	const parts = [
		...report.themes.flatMap((theme) => theme.series.map((series) => seriesRows(series, 'signal', options))),
		...report.quiet.map((series) => seriesRows(series, 'quiet', options)),
		...report.illustrative.map((series) => seriesRows(series, 'illustrative', options))
	];
	const all = [...report.themes.flatMap((theme) => theme.series), ...report.quiet, ...report.illustrative];
	const sources = [...new Set(all.flatMap((series) => citationLines(series.citations)))];
	const lines = [
		commentLine('Title', 'Exceptions report: every signal across the dashboard, by plan theme'),
		commentLine('Period', options.period),
		commentLine('Area', options.area),
		...sources.map((source) => commentLine('Source', source)),
		commentLine('Protective marking', options.marking),
		...(report.illustrative.length ? [commentLine('Note', 'Illustrative sample: invented figures are never given a signal or a verdict')] : []),
		...(parts.some((part) => part.suppressed) ? [commentLine('Note', suppressionFootnote(options.threshold))] : [])
	];
	return `${lines.join('\r\n')}\r\n${safeCsv(
		exceptionsCsvHeader,
		parts.flatMap((part) => part.rows)
	)}`;
}
