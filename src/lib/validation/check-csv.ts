import Papa from 'papaparse';
import { provenanceNames, type DatasetContract } from '$lib/contracts/contract';
import { todayInLondon, type CellContext, type Conversion } from './check-value';
import { structureProblems } from './file-structure';
import type { Problem } from './problem';
import { ConversionTally, EvidenceGatherer, fieldCountProblem, readRow, shown } from './read-row';
import { scanTextRecords } from './record-lines';

export { fieldCountProblem };

/** The outcome of checking one extract against its contract. */
export interface CheckResult {
	readonly file: string;
	/** Data rows read (header excluded); every one is either valid or has a problem. */
	readonly rowCount: number;
	readonly problems: readonly Problem[];
	/** Cells converted from what people type in spreadsheets, per column and kind, in the rows without problems. */
	readonly conversions?: readonly Conversion[];
}

/** What a check needs beyond the file. */
export interface CheckOptions {
	/** The day of the load, YYYY-MM-DD (default today in UK time): no month or date marked `notAfterLoadDate` may be later. */
	readonly loadDate?: string;
}

/** Checks the header row: every contract column once (the provenance columns may be left out), nothing else. */
export function checkHeader(file: string, header: readonly string[], contract: DatasetContract): Problem[] {
	const problems: Problem[] = [];
	const expectedNames = contract.columns.map((column) => column.name);
	const seen = new Set<string>();
	header.forEach((name, index) => {
		const at = { file, line: 1, column: name, columnNumber: index + 1 };
		if (seen.has(name)) {
			problems.push({ ...at, expected: 'each column name once', found: `"${name}" a second time` });
		} else if (!expectedNames.includes(name)) {
			problems.push({
				...at,
				expected: `only the columns ${expectedNames.join(', ')}`,
				found: `an extra column ${shown(name)}`
			});
		}
		seen.add(name);
	});
	for (const name of expectedNames) {
		// An uploaded file's rows get their provenance from the file itself (see `uploadedProvenance`).
		if (!seen.has(name) && !provenanceNames.includes(name)) {
			problems.push({
				file,
				line: 1,
				column: name,
				columnNumber: 0,
				expected: `a column headed "${name}"`,
				found: 'no such column in the header'
			});
		}
	}
	return problems;
}

/** Checks each cell of one data row against its column, and the contract's rules between columns. */
export function checkRow(
	file: string,
	line: number,
	fields: readonly string[],
	header: readonly string[],
	contract: DatasetContract,
	context: CellContext = { evidence: new Map(), loadDate: todayInLondon() }
): Problem[] {
	return [...readRow(file, line, fields, header, contract, context).problems];
}

/**
 * Checks a CSV extract against its contract and reports every problem with its
 * file, line, column, what was expected and what was found. A file passes when
 * the list is empty. Nothing is dropped; a cell is changed only by the
 * conversions of `check-value.ts`, each counted in the result.
 */
export function checkCsv(
	file: string,
	text: string,
	contract: DatasetContract,
	/**
	 * Called with each data row's first line and fields (in the dictionary's
	 * form when the row has no problem, as read otherwise), for callers that keep the rows.
	 */
	onRow?: (line: number, fields: readonly string[], header: readonly string[]) => void,
	options: CheckOptions = {}
): CheckResult {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	if (body.trim() === '') {
		return {
			file,
			rowCount: 0,
			problems: [
				{
					file,
					line: 1,
					column: '',
					columnNumber: 0,
					expected: `a header row (${contract.columns.map((c) => c.name).join(',')})`,
					found: 'an empty file'
				}
			]
		};
	}

	// A quote never closed, or two kinds of line ending, make the rest unreadable: the file is refused as a whole.
	const scan = scanTextRecords(body);
	const structural = structureProblems(file, scan);
	if (structural.length > 0) return { file, rowCount: scan.count, problems: structural };

	const problems: Problem[] = [];
	let header: string[] | undefined;
	// Every row first, then the check: how a column's slash dates are read depends on the whole column.
	const rows: { line: number; fields: string[] }[] = [];
	const papaProblems = new Map<number, Problem[]>();
	// Line numbers come from the parser's cursor: a row starts one line after the
	// line breaks counted so far, which stays right when a quoted field spans lines.
	let counted = 0;
	let breaksBefore = 0;
	const countBreaks = (until: number) => {
		for (let i = counted; i < until; i++) if (body.charCodeAt(i) === 10) breaksBefore++;
		counted = until;
	};
	let rowStart = 0;

	Papa.parse<string[]>(body, {
		header: false,
		skipEmptyLines: true,
		step(result) {
			countBreaks(rowStart);
			// Skipped empty lines sit between rows: move the start past them.
			while (body.charCodeAt(rowStart) === 10 || body.charCodeAt(rowStart) === 13) {
				rowStart++;
				countBreaks(rowStart);
			}
			const line = breaksBefore + 1;
			rowStart = result.meta.cursor;
			const fields = result.data;
			for (const error of result.errors) {
				const at = papaProblems.get(line) ?? [];
				papaProblems.set(line, at);
				at.push({
					file,
					line,
					column: '',
					columnNumber: 0,
					expected: error.code === 'MissingQuotes' ? 'a closing quote for each quoted field' : 'a well-formed CSV row',
					found: error.message
				});
			}
			if (!header) {
				header = fields.map((name) => name.trim());
				problems.push(...(papaProblems.get(line) ?? []), ...checkHeader(file, header, contract));
				return;
			}
			rows.push({ line, fields });
		}
	});

	const names = header ?? [];
	const gatherer = new EvidenceGatherer(contract, names);
	for (const row of rows) gatherer.see(row.fields);
	const context: CellContext = { evidence: gatherer.evidence(), loadDate: options.loadDate ?? todayInLondon() };
	const tally = new ConversionTally();
	for (const row of rows) {
		const reading = readRow(file, row.line, row.fields, names, contract, context);
		const rowProblems = [...(papaProblems.get(row.line) ?? []), ...reading.problems];
		problems.push(...rowProblems);
		if (rowProblems.length === 0) tally.add(reading.conversions);
		onRow?.(row.line, rowProblems.length === 0 ? reading.values : row.fields, names);
	}
	const rowCount = rows.length;

	if (header && rowCount === 0) {
		problems.push({
			file,
			line: 2,
			column: '',
			columnNumber: 0,
			expected: 'at least one row of data after the header',
			found: 'the header only'
		});
	}
	return { file, rowCount, problems, conversions: tally.report(contract) };
}
