/**
 * The nine local authority areas of Leicester, Leicestershire and Rutland:
 * the city, the seven Leicestershire districts, and Rutland.
 */
export const areas = ['Leicester', 'Blaby', 'Charnwood', 'Harborough', 'Hinckley and Bosworth', 'Melton', 'North West Leicestershire', 'Oadby and Wigston', 'Rutland'] as const;

export type Area = (typeof areas)[number];

/** Reads an area from the URL; anything else means all of LLR (null). */
export function areaFromParam(param: string | null): Area | null {
	return areas.find((area) => area === param) ?? null;
}
