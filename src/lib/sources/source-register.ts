/**
 * The source register (data/source-register.csv) as the pages read it: every
 * document a figure is cited from, by its register id. Read at build time, so
 * every citation can be worded before the database has started. The register's
 * `text_file` column (the text extraction behind an entry) is deliberately not
 * read here: it is for maintainers and must never reach a page.
 */
import Papa from 'papaparse';
import registerCsv from '$data/source-register.csv?raw';

/** A document in the source register, as a reader would look it up. */
export interface SourceDocument {
	/** The register id that extracts cite in their source_document column. */
	readonly id: string;
	readonly title: string;
	readonly publisher: string;
	/** ISO date it bears or the meeting it went to; empty for the illustrative sample. */
	readonly date: string;
	/** The meeting or paper it belongs to. */
	readonly meeting: string;
	/** Where it is published, or empty when not known. */
	readonly url: string;
	/** True for the register's entry for invented figures, which is no document at all. */
	readonly illustrative: boolean;
}

/** The register id every illustrative row cites. */
export const illustrativeSampleId = 'illustrative-sample';

type RegisterRow = Record<'source_id' | 'title' | 'publisher' | 'published_date' | 'meeting' | 'published_url', string>;

/** Every document in the register, in its order. */
export const sourceDocuments: readonly SourceDocument[] = Papa.parse<RegisterRow>(registerCsv.replace(/^\uFEFF/, ''), {
	header: true,
	skipEmptyLines: true
}).data.map((row) => ({
	id: row.source_id,
	title: row.title,
	publisher: row.publisher,
	date: row.published_date,
	meeting: row.meeting,
	url: row.published_url,
	illustrative: row.source_id === illustrativeSampleId
}));

/** The register's entry for an id, or undefined when it is not in the register. */
export function sourceDocument(id: string): SourceDocument | undefined {
	return sourceDocuments.find((document) => document.id === id);
}
