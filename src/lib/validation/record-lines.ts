/**
 * Where each record of a CSV file starts, and how many fields it has, read
 * from the bytes (in chunks for a large file: it is never held as one string).
 * DuckDB's reader keeps no line numbers for the rows it accepts, and counts
 * lines differently from the small-file check (it skips blank lines and line
 * breaks inside quoted fields), so when a large file has problems this scan
 * gives each record the same line number `checkCsv` would: one plus the line
 * breaks before it, blank lines skipped.
 *
 * The same scan finds the two faults that make the rest of a file unreadable
 * and that both paths refuse alike: a quote that is never closed (every later
 * row would be swallowed into one field) and records that end some with a
 * line feed and some with a carriage return and line feed (a reader that
 * follows one kind would leave a stray carriage return in the others' last
 * field, or split them wrongly).
 *
 * Quotes open a field only at its start; inside one, `""` is a quote and a
 * line break belongs to the field. Only ASCII bytes matter here, so UTF-8 and
 * Windows-1252 are scanned alike.
 */

/** How a record's line ends: a line feed alone (Unix), or a carriage return and line feed (Windows). */
export type LineEnding = 'LF' | 'CRLF';

/** Every record after the header: its first line, and its field count; and the faults that stop a reliable read. */
export interface RecordLines {
	readonly count: number;
	readonly lines: Int32Array;
	readonly fields: Int32Array;
	/** The line on which a quoted field opens and is never closed. */
	readonly unclosedQuoteLine?: number;
	/** The first line whose ending differs from the first line's, and both endings. */
	readonly mixedEndings?: { readonly firstEnding: LineEnding; readonly line: number; readonly ending: LineEnding };
}

const quote = 0x22;
const comma = 0x2c;
const lf = 0x0a;
const cr = 0x0d;

/** Bytes read at a time: large enough to keep the loop tight, small enough to stay light. */
const chunkBytes = 4 * 1024 * 1024;

/** A record scan fed a file's bytes in order, chunk by chunk. */
export class RecordScanner {
	#lines = new Int32Array(1024);
	#fields = new Int32Array(1024);
	#count = -1; // the header is record -1: not kept
	#breaks = 0; // line feeds read so far
	#inQuotes = false;
	#quoteInQuotes = false; // a quote inside a quoted field: an escape if another follows, else the field's end
	#quoteLine = 0;
	#atFieldStart = true;
	#recordOpen = false; // the record has some content (a blank line has none)
	#recordFields = 1;
	#recordLine = 1;
	#afterCr = false; // the last byte outside quotes was a carriage return
	#started = false;
	#firstEnding: LineEnding | undefined;
	#mixed: RecordLines['mixedEndings'];

	#endRecord() {
		if (this.#count >= 0) {
			if (this.#count === this.#lines.length) {
				const grownLines = new Int32Array(this.#lines.length * 2);
				grownLines.set(this.#lines);
				this.#lines = grownLines;
				const grownFields = new Int32Array(this.#fields.length * 2);
				grownFields.set(this.#fields);
				this.#fields = grownFields;
			}
			this.#lines[this.#count] = this.#recordLine;
			this.#fields[this.#count] = this.#recordFields;
		}
		this.#count++;
		this.#recordOpen = false;
		this.#recordFields = 1;
		this.#atFieldStart = true;
	}

	/** Reads the next bytes of the file. */
	feed(chunk: Uint8Array): void {
		let bytes = chunk;
		// A byte-order mark is not content.
		if (!this.#started && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
		this.#started = true;
		for (let i = 0; i < bytes.length; i++) {
			const byte = bytes[i] as number;
			if (this.#inQuotes) {
				if (this.#quoteInQuotes) {
					this.#quoteInQuotes = false;
					if (byte === quote) continue; // "" stands for one quote
					this.#inQuotes = false; // the closing quote: this byte is read as outside the field
				} else {
					if (byte === quote) this.#quoteInQuotes = true;
					else if (byte === lf) this.#breaks++;
					continue;
				}
			}
			if (byte === lf) {
				// The line's ending, outside any quoted field: every line's, blank lines too.
				const ending: LineEnding = this.#afterCr ? 'CRLF' : 'LF';
				if (this.#firstEnding === undefined) this.#firstEnding = ending;
				else if (ending !== this.#firstEnding && !this.#mixed) this.#mixed = { firstEnding: this.#firstEnding, line: this.#breaks + 1, ending };
				this.#afterCr = false;
				if (this.#recordOpen) this.#endRecord();
				this.#breaks++;
				continue;
			}
			// A carriage return before a line feed ends the line with it; it makes no record.
			if (byte === cr) {
				this.#afterCr = true;
				continue;
			}
			this.#afterCr = false;
			if (!this.#recordOpen) {
				this.#recordOpen = true;
				this.#recordLine = this.#breaks + 1;
			}
			if (byte === comma) {
				this.#recordFields++;
				this.#atFieldStart = true;
			} else if (byte === quote && this.#atFieldStart) {
				this.#inQuotes = true;
				this.#quoteLine = this.#breaks + 1;
				this.#atFieldStart = false;
			} else {
				this.#atFieldStart = false;
			}
		}
	}

	/** The records of the whole file, once every byte has been fed. */
	finish(): RecordLines {
		let unclosedQuoteLine: number | undefined;
		if (this.#inQuotes && this.#quoteInQuotes) this.#inQuotes = false;
		else if (this.#inQuotes) unclosedQuoteLine = this.#quoteLine;
		if (this.#recordOpen) this.#endRecord();
		const count = Math.max(0, this.#count);
		return {
			count,
			lines: this.#lines.subarray(0, count),
			fields: this.#fields.subarray(0, count),
			...(unclosedQuoteLine !== undefined ? { unclosedQuoteLine } : {}),
			...(this.#mixed ? { mixedEndings: this.#mixed } : {})
		};
	}
}

/** Scans a file's records, reading it in chunks. */
export async function scanRecordLines(file: Blob): Promise<RecordLines> {
	const scanner = new RecordScanner();
	for (let offset = 0; offset < file.size; offset += chunkBytes) {
		scanner.feed(new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer()));
	}
	return scanner.finish();
}

/** Scans the records of text already decoded (the small-file path). */
export function scanTextRecords(text: string): RecordLines {
	const scanner = new RecordScanner();
	// Only ASCII matters, so any encoding of the text scans alike; UTF-8 is the cheapest to make.
	scanner.feed(new TextEncoder().encode(text));
	return scanner.finish();
}
