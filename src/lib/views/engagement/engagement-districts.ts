import { areas } from '$lib/filters/areas';
import type { EngagementByDistrict } from './engagement';

/** One row of the by-area table; `recorded` is false for an area with nothing in the papers. */
export type DistrictRow = EngagementByDistrict & { readonly recorded: boolean };

/** The group for items with no single area, listed after the nine areas. */
export const llrWide = 'LLR-wide';

/**
 * Every area in the order users know them, then LLR-wide: an area with
 * nothing recorded is listed too, so an absence is seen, not hidden. With an
 * area chosen, only that area (LLR-wide has no place in one area).
 */
export function districtRows(rows: readonly EngagementByDistrict[], chosen: string | null): DistrictRow[] {
	const names = chosen ? [chosen] : [...areas, llrWide];
	return names.map((district) => {
		const found = rows.find((row) => row.district === district);
		return found ? { ...found, recorded: true } : { district, counted: 0, also_reported: 0, not_counted: 0, places: '', recorded: false };
	});
}
