/**
 * The exceptions report: every judged series of the dashboard sorted into
 * what has something to say (a special cause, or an assurance result against
 * a target) grouped by plan theme, what is only noise, and what is invented.
 * The page, its CSV, the pack's section and the home page's headlines all
 * read this one sorting, so they list the same series the same way.
 */
import { planThemes } from '$lib/contracts/plan-aims';
import type { JudgedSeries } from '$lib/spc/judged-series';

/** The series of one plan theme that have a signal or an assurance result. */
export interface ThemeExceptions {
	readonly theme: string;
	readonly series: readonly JudgedSeries[];
}

/** Every judged series, sorted for the report. */
export interface ExceptionsReport {
	/** Themes in the plan's order, each with its exceptions; a theme with none is left out. */
	readonly themes: readonly ThemeExceptions[];
	/** Real figures with no signal and no assurance result: listed briefly. */
	readonly quiet: readonly JudgedSeries[];
	/** Invented figures: never given a signal, listed so a reader knows they were looked at. */
	readonly illustrative: readonly JudgedSeries[];
}

/** Whether a series has anything to report: a special cause anywhere in the period, or an assurance result; never for invented figures. */
export function isException(series: JudgedSeries): boolean {
	if (series.illustrative || series.analysis.illustrative) return false;
	return series.analysis.assurance !== null || series.analysis.points.some((point) => point.variation !== 'common');
}

/** A theme's place: the plan's order, then any theme the plan does not name, alphabetically after. */
function themeRank(theme: string): number {
	const index = planThemes.indexOf(theme);
	return index === -1 ? planThemes.length : index;
}

/** Sorts judged series into the report: exceptions by theme (the latest signals first, then the views' order), then the quiet and the invented. */
export function exceptionsReport(judged: readonly JudgedSeries[]): ExceptionsReport {
	// A series with no figure in the period is not held for it, so it is neither quiet nor judged.
	const all = judged.filter((series) => series.points.length > 0);
	const exceptions = all.filter(isException);
	const themes = [...new Set(exceptions.map((series) => series.home.theme))].sort((a, b) => themeRank(a) - themeRank(b) || a.localeCompare(b));
	return {
		themes: themes.map((theme) => ({
			theme,
			// A stable sort: within "latest" and "earlier", the order the views and their loaders give.
			series: exceptions.filter((series) => series.home.theme === theme).sort((a, b) => Number(b.noteworthy) - Number(a.noteworthy))
		})),
		quiet: all.filter((series) => !series.illustrative && !series.analysis.illustrative && !isException(series)),
		illustrative: all.filter((series) => series.illustrative || series.analysis.illustrative)
	};
}

/** How many series the report lists as exceptions. */
export function exceptionCount(report: ExceptionsReport): number {
	return report.themes.reduce((sum, theme) => sum + theme.series.length, 0);
}
