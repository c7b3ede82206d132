/**
 * Turns the bytes of an uploaded file into text, or says plainly why it is not
 * a CSV. Excel writes UTF-8 with a byte-order mark, or Windows-1252 ("ANSI")
 * for "CSV (Comma delimited)"; both are accepted.
 */
import { formatCount, formatDecimal } from '$lib/format/uk';

/**
 * The largest file the dashboard loads, so a mistaken upload cannot exhaust
 * the tab's memory. Large files are read by DuckDB in chunks, never as one
 * string; the table they become is what must fit: while loading, DuckDB holds
 * about 1.6 bytes for each byte of CSV (1M police.uk rows, 299 MB, take the
 * tab from about 350 MB to about 850 MB), so 500 MB (about 1.7M rows) keeps a
 * tab near 1.2 GB.
 */
export const maxFileBytes = 500 * 1024 * 1024;

/**
 * The largest file read as one string (files DuckDB cannot read itself, such
 * as Windows-1252 ones, and small files): a JavaScript string, its parse and
 * its rows must fit in the page together.
 */
export const maxTextBytes = 200 * 1024 * 1024;

/** A size in words: "200 MB", "1 GB". */
export function megabytes(bytes: number): string {
	return bytes >= 1024 * 1024 * 1024 ? `${formatDecimal(bytes / 1024 / 1024 / 1024)} GB` : `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;
}

export type Decoded =
	{ readonly ok: true; readonly text: string; readonly encoding: 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252' } | { readonly ok: false; readonly reason: string };

/** Decodes a file's bytes, refusing binary files and files over the size limit. */
export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length > maxTextBytes) {
		return {
			ok: false,
			reason: `the file is ${megabytes(bytes.length)}, and a file that is not UTF-8 with one kind of line ending can be at most ${megabytes(maxTextBytes)}. Save it as "CSV UTF-8 (Comma delimited)", or split it into smaller files (for example by year) and load them together.`
		};
	}
	// Text files never hold NUL bytes; spreadsheets, PDFs and zips do.
	const head = bytes.subarray(0, 8192);
	if (head.includes(0)) {
		return { ok: false, reason: 'this is a binary file, not a CSV. Save the spreadsheet as "CSV UTF-8 (Comma delimited)" and load that.' };
	}
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text, encoding: hasBom ? 'UTF-8 with BOM' : 'UTF-8' };
	} catch {
		// Not valid UTF-8: Excel's other CSV format is Windows-1252, in which every byte is a character.
		return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
	}
}
