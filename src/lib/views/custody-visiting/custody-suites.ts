import { custodySuites } from '$lib/contracts/custody-visits';
import type { Area } from '$lib/filters/areas';

/**
 * The local authority area each custody suite stands in. The three primary
 * suites are in the city; the standby suite is at Wigston. Every other area has
 * no custody suite, so the area filter leaves nothing to count there.
 */
export const suiteAreas: Readonly<Record<string, Area>> = {
	'Beaumont Leys': 'Leicester',
	'Euston Street': 'Leicester',
	'Keyham Lane': 'Leicester',
	Wigston: 'Oadby and Wigston'
};

/** The custody suites in an area, in the contract's order; every suite when the area is null (all of LLR). */
export function suitesInArea(area: Area | null): string[] {
	return custodySuites.filter((suite) => area === null || suiteAreas[suite] === area);
}

/**
 * The SQL parameter for the area filter: the suites in the area joined by "|",
 * or null for all of LLR. DuckDB-WASM binds only single values, not lists, so
 * the list travels as one string and the SQL splits it; an area with no suite
 * gives "", which matches no suite.
 */
export function suiteFilterParam(area: Area | null): string | null {
	return area === null ? null : suitesInArea(area).join('|');
}
