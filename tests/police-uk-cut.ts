import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';

/** A real police.uk file cut to its first rows, as a file to give the page, with the rows it holds. */
export interface CutFile {
	/** For `setInputFiles`: the real file's name (the app reads the month and force from it), the cut text. */
	readonly file: { name: string; mimeType: string; buffer: Buffer };
	/** The cut file's rows, parsed here: expected figures are counted from these. */
	readonly rows: Record<string, string>[];
}

/**
 * The real file at `path` cut to its header and first `rows` lines. A journey about something other than
 * the files' size (replace and undo, two tabs, another force's file, outcomes) loads a few hundred real
 * rows in a second where the whole month (about 10,000 rows, 2-3 MB) takes several; the rows are the
 * real ones, as police.uk wrote them. police.uk writes no line break inside a field, so a line is a row;
 * the cut text is parsed back here to be sure.
 */
export function cutPoliceUkFile(path: string, rows = 400): CutFile {
	const lines = readFileSync(path, 'utf8').split(/\r?\n/);
	const text = `${lines.slice(0, rows + 1).join('\n')}\n`;
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
	if (parsed.length !== rows) throw new Error(`${basename(path)} cut to ${rows} lines holds ${parsed.length} rows`);
	return { file: { name: basename(path), mimeType: 'text/csv', buffer: Buffer.from(text) }, rows: parsed };
}
