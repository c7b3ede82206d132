/**
 * The path for large files: DuckDB's own CSV reader reads the File itself (no
 * copy into a JavaScript string), checks every cell in SQL with the contract's
 * rules, and leaves the rows to load in a staging table. The result is the
 * same as the small-file path's: the same problems (file, line, column,
 * expected, found, with the file's real line numbers), all or nothing, or the
 * valid rows loaded and the rest set aside, every row read being one or the other.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { bulkReadSql, rawFieldsColumn, type RejectTables } from '$lib/validation/bulk-check-sql';
import { checkHeader, fieldCountProblem, type CheckResult } from '$lib/validation/check-csv';
import { todayInLondon } from '$lib/validation/check-value';
import { decodeText } from '$lib/validation/decode-text';
import { engineErrorSentence } from '$lib/validation/engine-error';
import { structureProblems } from '$lib/validation/file-structure';
import type { Problem } from '$lib/validation/problem';
import { ConversionTally, EvidenceGatherer, readRow } from '$lib/validation/read-row';
import { scanRecordLines } from '$lib/validation/record-lines';
import { fillProvenance, writeConverted, type BulkOptions } from './bulk-staging';
import { fileLevelProblems, type SetAsideRow } from './prepare-upload';
import { readHeader } from './recognise';
import { onSeparateConnection } from '$lib/database/separate-connection';

/**
 * Files larger than this take the bulk path. Below it the papaparse worker
 * finishes in well under a second (about 5 MB/s on two cores) and counts rows
 * as it goes; above it, DuckDB's reader is several times faster and holds no
 * copy of the file in the page, which is what large police.uk files need.
 */
export const bulkThresholdBytes = 4 * 1024 * 1024;

/** Enough of a file to read its header and estimate its rows. */
const headBytes = 256 * 1024;

/** The start of a file, decoded: for its header, its encoding and a row estimate. */
export type FileHead =
	| { readonly ok: true; readonly text: string; readonly encoding: 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252'; readonly approximateRows: number }
	| { readonly ok: false; readonly reason: string };

/** Each file's first lines, read once: recognising a file and staging it both need them. */
const heads = new WeakMap<Blob, Promise<FileHead>>();

/** Reads and decodes the first whole lines of a file (once per file). */
export function readHead(file: Blob): Promise<FileHead> {
	let head = heads.get(file);
	if (!head) {
		head = readHeadNow(file);
		// A read that failed may be tried again.
		head.catch(() => heads.delete(file));
		heads.set(file, head);
	}
	return head;
}

async function readHeadNow(file: Blob): Promise<FileHead> {
	if (file.size === 0) return { ok: false, reason: 'the file is empty.' };
	let bytes = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
	// Whole lines only, so a character is never cut in two.
	if (file.size > bytes.length) bytes = bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1 || bytes.length);
	const decoded = decodeText(bytes);
	if (!decoded.ok) return decoded;
	const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
	if (text.trim() === '') return { ok: false, reason: 'the file starts with blank lines only.' };
	let lines = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
	// An estimate from the first lines, to two significant figures: it is shown as "about".
	const estimate = Math.max(0, (lines * file.size) / Math.max(1, bytes.length) - 1);
	const scale = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, estimate))) - 1);
	const approximateRows = Math.round(estimate / scale) * scale;
	return { ok: true, text, encoding: decoded.encoding, approximateRows };
}

/** How a bulk check ended. */
export type BulkOutcome =
	/** The rows to load are in `staging`, in the contract's columns. */
	| { readonly kind: 'prepared'; readonly staging: string; readonly check: CheckResult; readonly loadedRows: number; readonly setAside: readonly SetAsideRow[] }
	| { readonly kind: 'rejected'; readonly check: CheckResult }
	/** DuckDB could not read the file as the small-file check would (say, not UTF-8): nothing is left behind. */
	| { readonly kind: 'unread'; readonly reason: string }
	| { readonly kind: 'cancelled' };

let reads = 0;

/**
 * Checks a large file with DuckDB and stages the rows to load. With
 * `setAsideInvalid` false, any problem rejects it; with it true, rows with
 * problems are set aside, but a problem with the file as a whole still
 * rejects it. When `signal` aborts (the user's Cancel), DuckDB's read stops
 * where it is and nothing stays.
 */
export function checkBulk(
	db: Database,
	contract: DatasetContract,
	file: string,
	blob: Blob,
	setAsideInvalid: boolean,
	signal?: AbortSignal,
	options: BulkOptions = {}
): Promise<BulkOutcome> {
	const loadDate = options.loadDate ?? todayInLondon();
	return onSeparateConnection(db, async (db) => {
		const head = await readHead(blob);
		if (!head.ok) return { kind: 'unread', reason: head.reason };
		if (head.encoding === 'Windows-1252') return { kind: 'unread', reason: 'the file is not UTF-8.' };
		const header = readHeader(head.text);
		const id = `${Date.now().toString(36)}_${reads++}`;
		const staging = `${contract.table}__bulk_${id}`;
		const rejects: RejectTables = { errors: `bulk_rejects_${id}`, scans: `bulk_scans_${id}` };
		const registered = `bulk-${id}.csv`;
		const dropStaging = () => db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(staging)}`);
		await db.registerFile(registered, blob);
		try {
			const readStart = performance.now();
			try {
				await db.query(bulkReadSql(contract, header, registered, staging, rejects, loadDate), [], { signal });
				performance.measure('upload: read and check cells', { start: readStart });
			} catch (error) {
				if (signal?.aborted) {
					// Marked so the benchmark and the tests can see a Cancel stopped the read, not waited for it.
					performance.measure('upload: read stopped by Cancel', { start: readStart });
					return (await dropStaging(), { kind: 'cancelled' });
				}
				// A file whose structure stops a reliable read (two kinds of line ending) is refused, located, as the small-file path refuses it.
				const refused = await structureRefusal(file, blob);
				if (refused) return refused;
				// Any other file DuckDB's reader cannot follow is read the small-file way.
				return { kind: 'unread', reason: engineErrorSentence(error) };
			}
			if (signal?.aborted) return (await dropStaging(), { kind: 'cancelled' });
			const judgeStart = performance.now();
			const outcome = await judge(db, contract, file, blob, header, staging, rejects, setAsideInvalid, loadDate);
			performance.measure('upload: word problems', { start: judgeStart });
			if (outcome.kind !== 'prepared') await dropStaging();
			else await fillProvenance(db, contract, header, staging, file, blob, options);
			return outcome;
		} catch (error) {
			await dropStaging().catch(() => undefined);
			throw error;
		} finally {
			for (const table of [rejects.errors, rejects.scans]) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(table)}`).catch(() => undefined);
			await db.dropFile(registered);
		}
	});
}

/** The file refused for its structure (an unclosed quote, two kinds of line ending), or nothing when it has none. */
async function structureRefusal(file: string, blob: Blob): Promise<BulkOutcome | undefined> {
	const records = await scanRecordLines(blob);
	const problems = structureProblems(file, records);
	return problems.length ? { kind: 'rejected', check: { file, rowCount: records.count, problems } } : undefined;
}

/** Kinds of rejected row that are a wrong number of fields: the small-file check words these itself. */
const fieldCountErrors = ['MISSING COLUMNS', 'TOO MANY COLUMNS'];

async function judge(
	db: Database,
	contract: DatasetContract,
	file: string,
	blob: Blob,
	header: readonly string[],
	staging: string,
	rejects: RejectTables,
	setAsideInvalid: boolean,
	loadDate: string
): Promise<BulkOutcome> {
	const table = sqlIdentifier(staging);
	const rejected = await db.query(
		`SELECT error_type, CAST(COUNT(DISTINCT line) AS INTEGER) AS n, MIN(error_message) AS message FROM ${sqlIdentifier(rejects.errors)} GROUP BY error_type`
	);
	let rejectedRows = 0;
	for (let i = 0; i < rejected.numRows; i++) {
		const row = rejected.get(i);
		const type = String(row?.['error_type'] ?? '');
		if (!fieldCountErrors.includes(type)) {
			// An unclosed quote is reported as an unquoted value and the rows after it are lost in it: refuse the file, located.
			const refused = await structureRefusal(file, blob);
			if (refused) return refused;
			return { kind: 'unread', reason: `${type.toLowerCase()}: ${String(row?.['message'] ?? '')}` };
		}
		rejectedRows += Number(row?.['n'] ?? 0);
	}
	const counts = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n, CAST(COUNT(${rawFieldsColumn}) AS INTEGER) AS failing FROM ${table}`);
	const stagedRows = Number(counts.get(0)?.['n'] ?? 0);
	const failingRows = Number(counts.get(0)?.['failing'] ?? 0);
	const problems: Problem[] = checkHeader(file, header, contract);
	const setAside: SetAsideRow[] = [];
	const tally = new ConversionTally();
	/** Rows that pass once converted: their ordinal and their values in the dictionary's form. */
	const converted: { ordinal: number; values: readonly string[] }[] = [];
	let rowCount = stagedRows;

	if (rejectedRows > 0 || failingRows > 0) {
		// Problems to word and place: the failing rows' raw fields, by their order among the rows DuckDB kept.
		// One column per field (not JSON: DuckDB-WASM would fetch its JSON extension from the network).
		const fieldNames = header.map((_, index) => `f${index + 1}`);
		const failing = await db.query(
			`SELECT CAST(rowid AS INTEGER) AS ordinal, ${fieldNames.map((name, index) => `${rawFieldsColumn}[${index + 1}] AS ${name}`).join(', ')} FROM ${table} WHERE ${rawFieldsColumn} IS NOT NULL ORDER BY rowid`
		);
		const fieldsByOrdinal = new Map<number, string[]>();
		for (let i = 0; i < failing.numRows; i++) {
			const row = failing.get(i);
			// DuckDB reads a blank cell as NULL; the check sees it as the blank it was.
			fieldsByOrdinal.set(
				Number(row?.['ordinal']),
				fieldNames.map((name) => (row?.[name] as string | null | undefined) ?? '')
			);
		}
		// How the column's slash dates read depends on the whole column: every slash date is in a failing row.
		const gatherer = new EvidenceGatherer(contract, header);
		for (const fields of fieldsByOrdinal.values()) gatherer.see(fields);
		const context = { evidence: gatherer.evidence(), loadDate };
		// The file's own line numbers, and which records DuckDB set apart for their field count.
		const records = await scanRecordLines(blob);
		const structural = structureProblems(file, records);
		if (structural.length) return { kind: 'rejected', check: { file, rowCount: records.count, problems: structural } };
		let ordinal = 0;
		for (let i = 0; i < records.count; i++) {
			const line = records.lines[i] as number;
			const fieldCount = records.fields[i] as number;
			let rowProblems: Problem[];
			if (fieldCount !== header.length) {
				rowProblems = [fieldCountProblem(file, line, fieldCount, header.length)];
			} else {
				const at = ordinal++;
				const fields = fieldsByOrdinal.get(at);
				if (!fields) continue;
				const reading = readRow(file, line, fields, header, contract, context);
				rowProblems = [...reading.problems];
				if (rowProblems.length === 0) {
					// Written in a spreadsheet's way (1,234; 01/04/2025): loaded as converted.
					tally.add(reading.conversions);
					converted.push({ ordinal: at, values: reading.values });
					continue;
				}
			}
			problems.push(...rowProblems);
			setAside.push({ line, problems: rowProblems });
		}
		if (ordinal !== stagedRows || records.count - stagedRows !== rejectedRows) {
			return { kind: 'unread', reason: `the rows DuckDB read (${stagedRows} + ${rejectedRows} set apart) do not match the file's ${records.count} records.` };
		}
		rowCount = records.count;
	}
	if (rowCount === 0) {
		problems.push({ file, line: 2, column: '', columnNumber: 0, expected: 'at least one row of data after the header', found: 'the header only' });
	}
	const check: CheckResult = { file, rowCount, problems, conversions: tally.report(contract) };
	if (problems.length > 0 && (!setAsideInvalid || fileLevelProblems(check).length > 0)) return { kind: 'rejected', check };
	if (converted.length > 0) {
		try {
			await writeConverted(db, contract, header, staging, converted);
		} catch (error) {
			return { kind: 'unread', reason: engineErrorSentence(error) };
		}
	} else if (failingRows > 0) {
		await db.query(`DELETE FROM ${table} WHERE ${rawFieldsColumn} IS NOT NULL`);
	}
	await db.query(`ALTER TABLE ${table} DROP COLUMN ${rawFieldsColumn}`);
	return { kind: 'prepared', staging, check, loadedRows: stagedRows - failingRows + converted.length, setAside };
}
