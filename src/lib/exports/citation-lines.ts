import { citationsBySource, type Citation } from '$lib/sources/citation-text';

export type { Citation } from '$lib/sources/citation-text';

/**
 * One line per source, as the Sources list on screen words it:
 * "Title, 23 March 2017: place; place". Exports travel without the page, so
 * each line must say on its own where the figures come from.
 */
export function citationLines(citations: readonly Citation[], maxRefs = Infinity): string[] {
	return citationsBySource(citations).map(({ name, places }) => {
		if (places.length === 0) return name;
		return `${name}: ${places.length <= maxRefs ? places.join('; ') : `${places.length} places, each given in the data`}`;
	});
}
