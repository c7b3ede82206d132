/**
 * Judged series for the exceptions report's tests: made from hand-picked
 * values (src/lib/spc/test-series.ts) and judged by the real judging, so a
 * test sees what the report would be given.
 */
import { judgeSeries, type JudgedSeries, type SeriesDefinition } from '$lib/spc/judged-series';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import { seriesHome } from '$lib/spc/judge-views';
import { viewById } from '$lib/views/registry';

/** A monthly count series of a view, judged. */
export function judged(
	viewId: string,
	definition: Partial<SeriesDefinition> & Pick<SeriesDefinition, 'id' | 'measure'>,
	values: readonly number[],
	more: { target?: number | null; illustrative?: boolean; startYear?: number } = {}
): JudgedSeries {
	return judgeSeries(
		{
			definition: { unit: 'month', improvement: 'neither', valueKind: 'count', ...definition },
			points: monthlyPoints(values, more.startYear),
			target: more.target ?? null,
			illustrative: more.illustrative ?? false,
			citations: [
				{ source_document: more.illustrative ? 'illustrative-sample' : 'uploaded: referrals-2023.csv', source_ref: 'SHA-256 abcdef0123456789; loaded 2024-02-01T10:00:00Z' }
			]
		},
		seriesHome(viewById(viewId))
	);
}

/** Steady noise with September 2023 at 125: above the upper limit of 120.4 (worked in spc-summary.test.ts). */
export const spike: readonly number[] = [...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8)];

/** Twelve months about 8 to 10 and then 2 in January 2024, below the lower limit: a count small enough to hide. */
export const smallDrop: readonly number[] = [8, 9, 8, 10, 9, 8, 9, 10, 8, 9, 8, 9, 2];
