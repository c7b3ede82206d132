import { getContext, setContext } from 'svelte';
import { pageParams } from '$lib/filters/page-params';
import { formatCount } from '$lib/format/uk';
import { defaultThreshold, isSuppressed, suppressedSymbol, thresholdFromParam, type SmallCounts } from './suppression';

/**
 * Settings that hold while a view is shown inside a report (the panel pack)
 * rather than on the working screen: the report's protective marking and its
 * small numbers threshold. Read as getters, so a change in the URL reaches
 * every table and export already drawn.
 */
export interface ReportSettings {
	readonly marking: string;
	readonly threshold: number;
	/** The views the report holds, by path without the slash ("safer-streets"): a section can point to another instead of repeating it. */
	readonly views: readonly string[];
	/** The date of the meeting the report is for (ISO), or empty: ratings and open actions are judged at it. */
	readonly meetingDate?: string;
}

const key = Symbol('report-settings');

/** Marks everything rendered below this component as part of a report. */
export function setReportSettings(settings: ReportSettings): void {
	setContext(key, settings);
}

/** The report's settings, or undefined on the working screen. Call while a component initialises. */
export function reportSettings(): ReportSettings | undefined {
	return getContext<ReportSettings | undefined>(key);
}

const viewKey = Symbol('view-small-counts');

/** Marks everything rendered below this component as part of one view (a pack section), with its small-counts rule. */
export function setViewSmallCounts(rule: () => SmallCounts): void {
	setContext(viewKey, rule);
}

/**
 * The small-counts rule of the view being drawn: the pack section's view, else
 * the page's (the layout sets the rule of the view at the page's address);
 * where none is set, counts are suppressed (the safe side). Call while a
 * component initialises; the function it returns follows the page.
 */
export function viewSmallCounts(): () => SmallCounts {
	const rule = getContext<(() => SmallCounts) | undefined>(viewKey);
	return () => rule?.() ?? { suppressed: true };
}

/** The marking every export carries: the report's, else OFFICIAL. */
export function exportMarking(settings: ReportSettings | undefined): string {
	return settings?.marking ?? 'OFFICIAL';
}

/**
 * The threshold exports use: the report's, else the one chosen for the screen,
 * else the default. Exports always suppress: a file travels further than a screen.
 */
export function exportThreshold(settings: ReportSettings | undefined): number {
	return settings?.threshold ?? screenThreshold(pageParams()) ?? defaultThreshold;
}

/** The URL parameter that sets suppression on the working screen: `?suppress=10`, or `?suppress=off` for a private session. */
export const screenSuppressionParam = 'suppress';

/** The value of the parameter that shows every count on the working screen. */
export const screenSuppressionOff = 'off';

/**
 * The threshold for the working screen, from the URL: the default unless the
 * user chose another, or undefined when they turned suppression off. On by
 * default because a screen may be projected in a public meeting.
 */
export function screenThreshold(params: URLSearchParams): number | undefined {
	const param = params.get(screenSuppressionParam);
	if (param === screenSuppressionOff) return undefined;
	return param === null ? defaultThreshold : thresholdFromParam(param);
}

/**
 * The threshold below which counts are shown as [c]: in a report, the
 * report's (always on); on the working screen, unless the user turned it off
 * for a private working session; never in a
 * view that declares its counts are not suppressed. Call while a
 * component initialises; the function it returns follows the URL.
 */
export function shownThreshold(): () => number | undefined {
	const settings = reportSettings();
	const rule = viewSmallCounts();
	return () => (!rule().suppressed ? undefined : settings ? settings.threshold : screenThreshold(pageParams()));
}

/**
 * A table cell formatter for a column that counts people or events: on the
 * working screen a small count shows as [c] unless the user turned
 * suppression off; in a report, always. It takes the count as a number, or as
 * text already formatted ("1,358"). Call while a component initialises.
 */
export function countCell(format: (value: number) => string = formatCount): (value: unknown) => string {
	const shown = shownThreshold();
	return (value: unknown) => {
		const threshold = shown();
		const count = typeof value === 'number' ? value : typeof value === 'string' && /^\d[\d,]*(\.\d+)?$/.test(value) ? Number(value.replaceAll(',', '')) : undefined;
		if (count === undefined) return value === null || value === undefined ? '' : String(value);
		if (threshold !== undefined && isSuppressed(count, threshold)) return suppressedSymbol;
		return typeof value === 'number' ? format(value) : String(value);
	};
}
