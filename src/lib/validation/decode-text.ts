/**
 * Turns the bytes of an uploaded file into text, or says plainly why it is not
 * a CSV. Excel writes UTF-8 with a byte-order mark, or Windows-1252 ("ANSI")
 * for "CSV (Comma delimited)"; both are accepted.
 */

/** The largest file the dashboard reads, so a mistaken upload cannot hang the page. */
export const maxFileBytes = 200 * 1024 * 1024;

export type Decoded =
	| { readonly ok: true; readonly text: string; readonly encoding: 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252' }
	| { readonly ok: false; readonly reason: string };

/** Decodes a file's bytes, refusing binary files and files over the size limit. */
export function decodeText(bytes: Uint8Array): Decoded {
	if (bytes.length > maxFileBytes) {
		return {
			ok: false,
			reason: `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; the limit is ${maxFileBytes / 1024 / 1024} MB. Split it into smaller files (for example by year) and load them together.`
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
