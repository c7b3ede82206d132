/**
 * Citations in the words a reader uses to find a figure: the document's title
 * and date from the source register and the place in it ("Commissioner's
 * Update to the Police and Crime Panel, 13 December 2023, paragraph 14"), or,
 * for a user's upload, the file as it was loaded. Never a register id, a text
 * file's name or a line number.
 */
import { formatDate } from '$lib/format/uk';
import { sourceDocument, type SourceDocument } from './source-register';

/** A figure's citation, as the extracts' rows carry it. */
export interface Citation {
	readonly source_document: string;
	readonly source_ref: string;
}

/** What a citation's source_document names: a registered document, an upload, or something unrecognised. */
export type CitedSource =
	{ readonly kind: 'document'; readonly document: SourceDocument } | { readonly kind: 'upload'; readonly file: string } | { readonly kind: 'unregistered'; readonly name: string };

const uploadPrefix = 'uploaded: ';

/** The source a citation's source_document names. */
export function citedSource(sourceDocumentValue: string): CitedSource {
	if (sourceDocumentValue.startsWith(uploadPrefix)) return { kind: 'upload', file: sourceDocumentValue.slice(uploadPrefix.length) };
	const document = sourceDocument(sourceDocumentValue);
	return document ? { kind: 'document', document } : { kind: 'unregistered', name: sourceDocumentValue };
}

/** A document's name as cited: its title, with its date when it has one. */
export function documentName(document: SourceDocument): string {
	return document.date ? `${document.title}, ${formatDate(document.date)}` : document.title;
}

/** An upload's source_ref (`SHA-256 <hex>; loaded <ISO time>`) as the file was loaded: short hash and date. */
export function uploadDetails(sourceRef: string): string {
	const hash = /SHA-256 ([0-9a-f]{8})[0-9a-f]*/i.exec(sourceRef)?.[1];
	const loaded = /loaded (\d{4}-\d{2}-\d{2})/.exec(sourceRef)?.[1];
	return [hash ? `SHA-256 ${hash.toLowerCase()}…` : '', loaded ? `loaded ${formatDate(loaded)}` : ''].filter(Boolean).join(', ');
}

/** The name a group of citations to one source goes under. */
export function sourceName(source: CitedSource): string {
	if (source.kind === 'document') return documentName(source.document);
	if (source.kind === 'upload') return `${source.file}: uploaded extract, not a published figure`;
	return `${source.name} (not in the source register)`;
}

/** One citation in full, as a table's Source column shows it. */
export function citationText({ source_document, source_ref }: Citation): string {
	const source = citedSource(source_document);
	if (source.kind === 'upload') {
		const details = uploadDetails(source_ref);
		return details ? `${sourceName(source)} (${details})` : sourceName(source);
	}
	return source_ref ? `${sourceName(source)}, ${source_ref}` : sourceName(source);
}

/** One source and the places cited in it. */
export interface SourceGroup {
	/** The citations' source_document value, unique per group. */
	readonly key: string;
	readonly source: CitedSource;
	readonly name: string;
	readonly places: string[];
}

/**
 * Citations grouped by source, each place once: one entry per document or
 * uploaded file (an upload's place is its loading details).
 */
export function citationsBySource(citations: readonly Citation[]): SourceGroup[] {
	const bySource = new Map<string, SourceGroup>();
	for (const citation of citations) {
		let entry = bySource.get(citation.source_document);
		if (!entry) {
			const source = citedSource(citation.source_document);
			entry = { key: citation.source_document, source, name: sourceName(source), places: [] };
			bySource.set(citation.source_document, entry);
		}
		const place = entry.source.kind === 'upload' ? uploadDetails(citation.source_ref) : citation.source_ref;
		if (place && !entry.places.includes(place)) entry.places.push(place);
	}
	return [...bySource.values()];
}
