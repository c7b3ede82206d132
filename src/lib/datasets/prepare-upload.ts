import Papa from 'papaparse';
import { provenanceNames, uploadedProvenance, type DatasetContract } from '$lib/contracts/contract';
import { checkCsv, type CheckResult } from '$lib/validation/check-csv';
import { isStructureProblem } from '$lib/validation/file-structure';
import type { Problem } from '$lib/validation/problem';
import { sha256Hex } from '$lib/validation/sha256';

/** A row kept out of the load, with the problems that kept it out. */
export interface SetAsideRow {
	readonly line: number;
	readonly problems: readonly Problem[];
}

/** An uploaded file, checked and ready to load: the rows to load in contract order, and the rows set aside. */
export interface PreparedUpload {
	readonly check: CheckResult;
	/** CSV text of the rows to load, columns in the contract's order. */
	readonly csv: string;
	readonly loadedRows: number;
	readonly setAside: readonly SetAsideRow[];
}

/** What a check of an upload needs beyond the file. */
export interface UploadOptions {
	/**
	 * The file's SHA-256 (of its bytes) and the time it is loaded (ISO 8601), for
	 * the rows of a file without provenance columns. When a kept upload is
	 * loaded again after a reload, pass the first load's, so its rows say the same.
	 * By default: the digest of the text as UTF-8 (the bytes themselves for a
	 * UTF-8 file without a byte-order mark), and now.
	 */
	readonly provenance?: { readonly sha256: string; readonly loadedAt: string };
	/** The day of the load, YYYY-MM-DD (default today in UK time). */
	readonly loadDate?: string;
}

/** Why a file cannot be loaded even with rows set aside: a problem with the file as a whole. */
export function fileLevelProblems(check: CheckResult): Problem[] {
	return check.problems.filter((problem) => problem.line === 1 || (problem.column === '' && problem.found === 'the header only') || isStructureProblem(problem));
}

/**
 * Checks an upload and prepares what would be loaded. With `setAsideInvalid`
 * false, any problem rejects the file (null). With it true, rows with a
 * problem are set aside and the rest loaded; a problem with the header or the
 * file's structure still rejects it. Every row read is either loaded or set
 * aside, never dropped. Cells are loaded as read, or as converted by the
 * check (reported in `check.conversions`); provenance columns the file leaves
 * out are filled in from the file (see `uploadedProvenance`).
 */
export function prepareUpload(
	file: string,
	text: string,
	contract: DatasetContract,
	setAsideInvalid: boolean,
	/** Told the rows read so far, every `progressEvery` rows, for a progress bar. */
	onProgress?: (rowsRead: number) => void,
	progressEvery = 10_000,
	options: UploadOptions = {}
): { prepared: PreparedUpload } | { rejected: CheckResult } {
	const rows: { line: number; fields: readonly string[] }[] = [];
	let header: readonly string[] = [];
	const check = checkCsv(
		file,
		text,
		contract,
		(line, fields, names) => {
			rows.push({ line, fields });
			header = names;
			if (onProgress && rows.length % progressEvery === 0) onProgress(rows.length);
		},
		{ ...(options.loadDate ? { loadDate: options.loadDate } : {}) }
	);
	if (check.problems.length > 0 && (!setAsideInvalid || fileLevelProblems(check).length > 0)) {
		return { rejected: check };
	}
	const problemsByLine = new Map<number, Problem[]>();
	for (const problem of check.problems) {
		problemsByLine.set(problem.line, [...(problemsByLine.get(problem.line) ?? []), problem]);
	}
	const positions = contract.columns.map((column) => header.indexOf(column.name));
	const filled = provenanceFor(file, text, contract, header, options);
	const kept = rows.filter((row) => !problemsByLine.has(row.line));
	const csv = Papa.unparse(
		{
			fields: contract.columns.map((column) => column.name),
			data: kept.map((row) => positions.map((position, index) => (position < 0 ? filled[contract.columns[index]?.name ?? ''] : row.fields[position]) ?? ''))
		},
		{ newline: '\n' }
	);
	const setAside = rows.filter((row) => problemsByLine.has(row.line)).map((row) => ({ line: row.line, problems: problemsByLine.get(row.line) ?? [] }));
	return { prepared: { check, csv: `${csv}\n`, loadedRows: kept.length, setAside } };
}

/** The provenance values for the columns the file leaves out (none when it has them all). */
function provenanceFor(file: string, text: string, contract: DatasetContract, header: readonly string[], options: UploadOptions): Readonly<Record<string, string>> {
	const missing = contract.columns.some((column) => provenanceNames.includes(column.name) && !header.includes(column.name));
	if (!missing) return {};
	const sha256 = options.provenance?.sha256 ?? sha256Hex(new TextEncoder().encode(text));
	return uploadedProvenance(file, sha256, options.provenance?.loadedAt ?? new Date().toISOString());
}
