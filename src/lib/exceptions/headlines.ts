/**
 * The home page's headlines: one line per series whose latest limits hold a
 * special cause or which has an assurance result (`noteworthy`), in the
 * plan's theme order as the exceptions report lists them, then every other
 * series in one short list.
 */
import type { JudgedSeries } from '$lib/spc/judged-series';
import { exceptionsReport } from './exceptions-report';

/** The home page's two lists. */
export interface Headlines {
	/** Noteworthy series, by theme in the plan's order. */
	readonly headlines: readonly JudgedSeries[];
	/** Everything else: no signal in the latest limits, or invented figures. */
	readonly others: readonly JudgedSeries[];
}

/** The period's headlines from every judged series. */
export function homeHeadlines(all: readonly JudgedSeries[]): Headlines {
	const ordered = exceptionsReport(all).themes.flatMap((theme) => theme.series);
	const headlines = ordered.filter((series) => series.noteworthy);
	return { headlines, others: all.filter((series) => !headlines.includes(series)) };
}
