/**
 * Where each record of a CSV file starts, and how many fields it has, read
 * from the bytes in chunks (the file is never held as one string). DuckDB's
 * reader keeps no line numbers for the rows it accepts, and counts lines
 * differently from the small-file check (it skips blank lines and line breaks
 * inside quoted fields), so when a large file has problems this scan gives
 * each record the same line number `checkCsv` would: one plus the line breaks
 * before it, blank lines skipped.
 *
 * Quotes open a field only at its start; inside one, `""` is a quote and a
 * line break belongs to the field. Only ASCII bytes matter here, so UTF-8 and
 * Windows-1252 are scanned alike.
 */

/** Every record after the header: its first line, and its field count. */
export interface RecordLines {
	readonly count: number;
	readonly lines: Int32Array;
	readonly fields: Int32Array;
}

const quote = 0x22;
const comma = 0x2c;
const lf = 0x0a;
const cr = 0x0d;

/** Bytes read at a time: large enough to keep the loop tight, small enough to stay light. */
const chunkBytes = 4 * 1024 * 1024;

export async function scanRecordLines(file: Blob): Promise<RecordLines> {
	let lines = new Int32Array(1024);
	let fields = new Int32Array(1024);
	let count = -1; // the header is record -1: not kept
	let breaks = 0; // line feeds read so far
	let inQuotes = false;
	let quoteInQuotes = false; // a quote inside a quoted field: an escape if another follows, else the field's end
	let atFieldStart = true;
	let recordOpen = false; // the record has some content (a blank line has none)
	let recordFields = 1;
	let recordLine = 1;

	const endRecord = () => {
		if (count >= 0) {
			if (count === lines.length) {
				const grownLines = new Int32Array(lines.length * 2);
				grownLines.set(lines);
				lines = grownLines;
				const grownFields = new Int32Array(fields.length * 2);
				grownFields.set(fields);
				fields = grownFields;
			}
			lines[count] = recordLine;
			fields[count] = recordFields;
		}
		count++;
		recordOpen = false;
		recordFields = 1;
		atFieldStart = true;
	};

	for (let offset = 0; offset < file.size; offset += chunkBytes) {
		let bytes = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
		// A byte-order mark is not content.
		if (offset === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
		for (let i = 0; i < bytes.length; i++) {
			const byte = bytes[i] as number;
			if (inQuotes) {
				if (quoteInQuotes) {
					quoteInQuotes = false;
					if (byte === quote) continue; // "" stands for one quote
					inQuotes = false; // the closing quote: this byte is read as outside the field
				} else {
					if (byte === quote) quoteInQuotes = true;
					else if (byte === lf) breaks++;
					continue;
				}
			}
			if (byte === lf) {
				if (recordOpen) endRecord();
				breaks++;
				continue;
			}
			// A carriage return before a line feed ends the line with it; it makes no record.
			if (byte === cr) continue;
			if (!recordOpen) {
				recordOpen = true;
				recordLine = breaks + 1;
			}
			if (byte === comma) {
				recordFields++;
				atFieldStart = true;
			} else if (byte === quote && atFieldStart) {
				inQuotes = true;
				atFieldStart = false;
			} else {
				atFieldStart = false;
			}
		}
	}
	if (inQuotes && quoteInQuotes) inQuotes = false;
	if (recordOpen) endRecord();
	return { count: Math.max(0, count), lines: lines.subarray(0, Math.max(0, count)), fields: fields.subarray(0, Math.max(0, count)) };
}
