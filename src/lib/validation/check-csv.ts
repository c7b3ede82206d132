import Papa from 'papaparse';
import type { DatasetContract } from '$lib/contracts/contract';
import { expectation, isValidValue } from './check-value';
import type { Problem } from './problem';

/** The outcome of checking one extract against its contract. */
export interface CheckResult {
	readonly file: string;
	/** Data rows read (header excluded); every one is either valid or has a problem. */
	readonly rowCount: number;
	readonly problems: readonly Problem[];
}

/** Shows a found value briefly and visibly, so a blank or a space can be seen. */
function shown(value: string): string {
	if (value === '') return 'a blank cell';
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `"${short}"`;
}

/** Checks the header row: every contract column once, nothing else. */
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
		if (!seen.has(name)) {
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

/** A row with more or fewer fields than the header: one problem for the row, not one per cell. */
export function fieldCountProblem(file: string, line: number, fieldCount: number, headerLength: number): Problem {
	return {
		file,
		line,
		column: '',
		columnNumber: 0,
		expected: `${headerLength} fields, as in the header`,
		found: `${fieldCount} field${fieldCount === 1 ? '' : 's'}`
	};
}

/** Checks each cell of one data row against its column. */
export function checkRow(
	file: string,
	line: number,
	fields: readonly string[],
	header: readonly string[],
	contract: DatasetContract
): Problem[] {
	if (fields.length !== header.length) return [fieldCountProblem(file, line, fields.length, header.length)];
	const problems: Problem[] = [];
	contract.columns.forEach((column) => {
		const index = header.indexOf(column.name);
		// A column missing from the header is reported once, at the header.
		if (index < 0) return;
		const value = fields[index] ?? '';
		const at = { file, line, column: column.name, columnNumber: index + 1 };
		if (value === '') {
			if (column.required) problems.push({ ...at, expected: expectation(column), found: 'a blank cell' });
		} else if (!isValidValue(column, value)) {
			problems.push({ ...at, expected: expectation(column), found: shown(value) });
		}
	});
	return problems;
}

/**
 * Checks a CSV extract against its contract and reports every problem with its
 * file, line, column, what was expected and what was found. A file passes when
 * the list is empty; nothing is dropped or altered on the way.
 */
export function checkCsv(
	file: string,
	text: string,
	contract: DatasetContract,
	/** Called with each data row's first line and fields, for callers that keep the rows. */
	onRow?: (line: number, fields: readonly string[], header: readonly string[]) => void
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

	const problems: Problem[] = [];
	let header: string[] | undefined;
	let rowCount = 0;
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
				problems.push({
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
				problems.push(...checkHeader(file, header, contract));
				return;
			}
			rowCount++;
			problems.push(...checkRow(file, line, fields, header, contract));
			onRow?.(line, fields, header);
		}
	});

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
	return { file, rowCount, problems };
}
