import Papa from 'papaparse';
import { downloadBlob } from './download';

/**
 * A cell made safe for a spreadsheet: text that starts with = + - @ (or a tab
 * or carriage return) would run as a formula when opened in Excel, so it is
 * prefixed with an apostrophe, which Excel shows as text.
 */
export function escapeFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV text with a header row, every cell escaped against formula injection. */
export function safeCsv(fields: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	return (
		Papa.unparse(
			{ fields: fields.map(escapeFormula), data: rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : escapeFormula(cell)))) },
			{ newline: '\r\n' }
		) + '\r\n'
	);
}

/** Offers text to the user as a downloaded file, with a byte-order mark so Excel reads it as UTF-8. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(fileName, new Blob(['\uFEFF', text], { type }));
}
