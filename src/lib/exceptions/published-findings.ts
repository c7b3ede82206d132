/**
 * A series' findings as they may be published: in a view that suppresses
 * small counts (people and their visits), a count below the threshold is
 * shown as [c] in the findings too, and a finding that names one loses its
 * difference from the average and its percentage, which would give the count
 * away ("[c], 6 below the average of 8.5" is 2.5).
 */
import { suppressedSymbol, isSuppressed } from '$lib/exports/suppression';
import { seriesFormat, seriesWording, type JudgedSeries } from '$lib/spc/judged-series';
import { spcFindings } from '$lib/spc/spc-summary';
import { viewById } from '$lib/views/registry';

/** The threshold below which this series' counts are hidden, or undefined when they are not (money, percentages, views that publish every count). */
export function seriesThreshold(series: JudgedSeries, threshold: number | undefined): number | undefined {
	if (threshold === undefined || series.definition.valueKind !== 'count') return undefined;
	return viewById(series.home.viewId).smallCounts.suppressed ? threshold : undefined;
}

/** Whether any of the series' own values would be hidden at this threshold. */
export function holdsSmallCounts(series: JudgedSeries, threshold: number | undefined): boolean {
	const applies = seriesThreshold(series, threshold);
	return applies !== undefined && series.points.some((point) => isSuppressed(point.value, applies));
}

// "[c], 6 below the average of 8.5, −70%": the difference and the percentage go, the average stays.
const revealing = new RegExp(`${escape(suppressedSymbol)}, .+? (above|below) the average of (.+?)(, [+−][\\d.,]+%)?, beyond the`, 'g');

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The findings of a series, most recent first, with small counts hidden where its view hides them. */
export function publishedFindings(series: JudgedSeries, threshold: number | undefined): readonly string[] {
	const applies = seriesThreshold(series, threshold);
	if (applies === undefined || !holdsSmallCounts(series, threshold)) return series.findings;
	const plain = seriesFormat.count;
	const wording = { ...seriesWording(series.definition), format: (value: number) => (isSuppressed(value, applies) ? suppressedSymbol : plain(value)) };
	return spcFindings(series.analysis, wording).map((finding) => finding.replace(revealing, `${suppressedSymbol}, $1 the average of $2, beyond the`));
}

/** The one line a series shows in a list: its measure and its first finding, hidden as its findings are. */
export function publishedHeadline(series: JudgedSeries, threshold: number | undefined): string {
	if (!holdsSmallCounts(series, threshold)) return series.headline;
	const [first = ''] = publishedFindings(series, threshold);
	return `${series.definition.measure}: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}
