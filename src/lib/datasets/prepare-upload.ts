import Papa from 'papaparse';
import type { DatasetContract } from '$lib/contracts/contract';
import { checkCsv, type CheckResult } from '$lib/validation/check-csv';
import type { Problem } from '$lib/validation/problem';

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

/** Why a file cannot be loaded even with rows set aside: a problem with the file as a whole. */
export function fileLevelProblems(check: CheckResult): Problem[] {
	return check.problems.filter((problem) => problem.line === 1 || problem.column === '' && problem.found === 'the header only');
}

/**
 * Checks an upload and prepares what would be loaded. With `setAsideInvalid`
 * false, any problem rejects the file (null). With it true, rows with a
 * problem are set aside and the rest loaded; a problem with the header still
 * rejects it. Every row read is either loaded or set aside, never dropped.
 */
export function prepareUpload(
	file: string,
	text: string,
	contract: DatasetContract,
	setAsideInvalid: boolean,
	/** Told the rows read so far, every `progressEvery` rows, for a progress bar. */
	onProgress?: (rowsRead: number) => void,
	progressEvery = 10_000
): { prepared: PreparedUpload } | { rejected: CheckResult } {
	const rows: { line: number; fields: readonly string[] }[] = [];
	let header: readonly string[] = [];
	const check = checkCsv(file, text, contract, (line, fields, names) => {
		rows.push({ line, fields });
		header = names;
		if (onProgress && rows.length % progressEvery === 0) onProgress(rows.length);
	});
	if (check.problems.length > 0 && (!setAsideInvalid || fileLevelProblems(check).length > 0)) {
		return { rejected: check };
	}
	const problemsByLine = new Map<number, Problem[]>();
	for (const problem of check.problems) {
		problemsByLine.set(problem.line, [...(problemsByLine.get(problem.line) ?? []), problem]);
	}
	const positions = contract.columns.map((column) => header.indexOf(column.name));
	const kept = rows.filter((row) => !problemsByLine.has(row.line));
	const csv = Papa.unparse(
		{
			fields: contract.columns.map((column) => column.name),
			data: kept.map((row) => positions.map((position) => row.fields[position] ?? ''))
		},
		{ newline: '\n' }
	);
	const setAside = rows
		.filter((row) => problemsByLine.has(row.line))
		.map((row) => ({ line: row.line, problems: problemsByLine.get(row.line) ?? [] }));
	return { prepared: { check, csv: `${csv}\n`, loadedRows: kept.length, setAside } };
}
