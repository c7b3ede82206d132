import { formatDate } from '$lib/format/uk';
import { sourceDocument } from '$lib/sources/source-documents';

/** A figure's citation, as the views' rows carry it. */
export interface Citation {
	readonly source_document: string;
	readonly source_ref: string;
}

/**
 * One line per source document, as the Sources list on screen words it:
 * "Title, 23 March 2017 (file): ref; ref". Exports travel without the page, so
 * each line must say on its own where the figures come from.
 */
export function citationLines(citations: readonly Citation[], maxRefs = Infinity): string[] {
	const byFile = new Map<string, string[]>();
	for (const { source_document, source_ref } of citations) {
		const refs = byFile.get(source_document) ?? [];
		if (!refs.includes(source_ref)) refs.push(source_ref);
		byFile.set(source_document, refs);
	}
	return [...byFile].map(([file, refs]) => {
		const document = sourceDocument(file);
		const dated = document.date ? `${document.title}, ${formatDate(document.date)}` : document.title;
		const places = refs.length <= maxRefs ? refs.join('; ') : `${refs.length} places, each given in the data`;
		// A citation outside the library (such as the illustrative sample) is named once, not twice.
		return document.title === file ? `${file}: ${places}` : `${dated} (${file}): ${places}`;
	});
}
