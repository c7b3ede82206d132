import { areaFromParam, type Area } from './areas';
import { periodFromParam, periodRange, periodToParam, type DateRange, type Period } from './period';

/** The filters every view honours, held in the URL so a link reproduces the screen. */
export interface ViewFilters {
	readonly period: Period;
	readonly area: Area | null;
}

/** Filters from a URL's query string. */
export function filtersFromUrl(params: URLSearchParams): ViewFilters {
	return { period: periodFromParam(params.get('period')), area: areaFromParam(params.get('area')) };
}

/** A copy of `url` with the filters written into its query string (empty ones removed). */
export function urlWithFilters(url: URL, filters: ViewFilters): URL {
	const next = new URL(url);
	const period = periodToParam(filters.period);
	if (period) next.searchParams.set('period', period);
	else next.searchParams.delete('period');
	if (filters.area) next.searchParams.set('area', filters.area);
	else next.searchParams.delete('area');
	return next;
}

/** The SQL parameters for a filter: start date, end date, area (null = all). */
export function filterParams(filters: ViewFilters): [string, string, string | null] {
	const range: DateRange = periodRange(filters.period);
	return [range.start, range.end, filters.area];
}
