import manifest from '$data/extracts.json';

/** An extract shipped with the dashboard in `data/`. */
export interface EmbeddedExtract {
	/** The contract id it follows. */
	readonly dataset: string;
	readonly file: string;
	/** ISO date the figures describe the position at. */
	readonly dataAsAt: string;
	/** Published, or an illustrative sample, and from where. */
	readonly basis: string;
	/** True when any of its rows is an illustrative sample: the page says so before the database has started. */
	readonly illustrative: boolean;
	/** Where the built app serves the file from. */
	readonly url: string;
}

// Vite copies each extract into the build under a content-hashed name, so a
// changed extract is never served stale from a cache.
const urls: Record<string, string> = import.meta.glob('/data/*.csv', {
	query: '?url',
	import: 'default',
	eager: true
});

/** Every embedded extract, from `data/extracts.json`. */
export const embeddedExtracts: readonly EmbeddedExtract[] = manifest.map((entry) => {
	const url = urls[`/data/${entry.file}`];
	if (!url) throw new Error(`data/extracts.json lists ${entry.file}, which is not in data/`);
	return { ...entry, url };
});

/** The embedded extract for a dataset, or undefined for one the user must load (such as police.uk files). */
export function embeddedExtract(dataset: string): EmbeddedExtract | undefined {
	return embeddedExtracts.find((extract) => extract.dataset === dataset);
}
