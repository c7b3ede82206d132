import type { DatasetContract, RowRule } from '$lib/contracts/contract';
import { expectation, readValue, slashDateShowsDayFirst, type CellContext, type ColumnEvidence, type Conversion, type ConversionKind } from './check-value';
import type { Problem } from './problem';

/** Shows a found value briefly and visibly, so a blank or a space can be seen. */
export function shown(value: string): string {
	if (value === '') return 'a blank cell';
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `"${short}"`;
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

/** One data row read: its problems, or its values in the dictionary's form (header order) and how each cell was converted. */
export interface RowReading {
	readonly problems: readonly Problem[];
	readonly values: readonly string[];
	/** For each converted cell: its column and how. */
	readonly conversions: readonly { readonly column: string; readonly kind: ConversionKind }[];
}

/** What the whole file's columns show, gathered from every row before any row is judged (see `slashDateRule`). */
export class EvidenceGatherer {
	readonly #dateColumns: { readonly name: string; readonly index: number }[];
	readonly #dayFirst = new Set<string>();

	constructor(contract: DatasetContract, header: readonly string[]) {
		this.#dateColumns = contract.columns
			.filter((column) => column.type === 'date')
			.map((column) => ({ name: column.name, index: header.indexOf(column.name) }))
			.filter((column) => column.index >= 0);
	}

	/** Takes note of one row's fields. */
	see(fields: readonly string[]): void {
		for (const column of this.#dateColumns) {
			if (!this.#dayFirst.has(column.name) && slashDateShowsDayFirst(fields[column.index] ?? '')) this.#dayFirst.add(column.name);
		}
	}

	/** The evidence gathered, per column. */
	evidence(): ReadonlyMap<string, ColumnEvidence> {
		return new Map(this.#dateColumns.map((column) => [column.name, { dayFirst: this.#dayFirst.has(column.name) }]));
	}
}

/** Reads and checks each cell of one data row against its column, then the contract's rules between columns. */
export function readRow(file: string, line: number, fields: readonly string[], header: readonly string[], contract: DatasetContract, context: CellContext): RowReading {
	if (fields.length !== header.length) return { problems: [fieldCountProblem(file, line, fields.length, header.length)], values: fields, conversions: [] };
	const problems: Problem[] = [];
	const values = [...fields];
	const conversions: { column: string; kind: ConversionKind }[] = [];
	contract.columns.forEach((column) => {
		const index = header.indexOf(column.name);
		// A column missing from the header is reported once, at the header (or filled in, for provenance).
		if (index < 0) return;
		const value = fields[index] ?? '';
		const at = { file, line, column: column.name, columnNumber: index + 1 };
		if (value === '') {
			if (column.required) problems.push({ ...at, expected: expectation(column), found: 'a blank cell' });
			return;
		}
		const reading = readValue(column, value, context);
		if (!reading.ok) {
			problems.push({ ...at, expected: expectation(column), found: reading.why ? `${shown(value)}: ${reading.why}` : shown(value) });
			return;
		}
		values[index] = reading.value;
		for (const kind of reading.conversions) conversions.push({ column: column.name, kind });
	});
	if (problems.length === 0) for (const rule of contract.rules ?? []) problems.push(...ruleProblems(file, line, values, header, contract, rule));
	return { problems, values, conversions: problems.length ? [] : conversions };
}

/** A rule broken, located at its first column. */
function ruleProblems(file: string, line: number, values: readonly string[], header: readonly string[], contract: DatasetContract, rule: RowRule): Problem[] {
	const cell = (name: string) => values[header.indexOf(name)] ?? '';
	const cells = [...rule.left, rule.right].map(cell);
	// A blank cell, or a column the file does not have, leaves the rule nothing to compare.
	if (cells.some((value) => value === '') || [...rule.left, rule.right].some((name) => !header.includes(name))) return [];
	const numeric = contract.columns.find((column) => column.name === rule.right)?.type !== 'date';
	const leftValues = rule.left.map(cell);
	const broken = numeric ? leftValues.reduce((sum, value) => sum + Number(value), 0) > Number(cell(rule.right)) : (leftValues[0] ?? '') > cell(rule.right);
	if (!broken) return [];
	const first = rule.left[0] ?? '';
	const leftWords = rule.left.join(' + ');
	const found =
		rule.left.length > 1
			? `${leftValues.join(' + ')} = ${leftValues.reduce((sum, value) => sum + Number(value), 0)}, and ${rule.right} ${cell(rule.right)}`
			: `${first} ${leftValues[0]}, and ${rule.right} ${cell(rule.right)}`;
	return [{ file, line, column: first, columnNumber: header.indexOf(first) + 1, expected: `${leftWords} no greater than ${rule.right} (${rule.why})`, found }];
}

/** Adds up converted cells per column and kind, in the contract's column order. */
export class ConversionTally {
	readonly #counts = new Map<string, number>();

	/** Counts one loaded row's conversions. */
	add(conversions: RowReading['conversions']): void {
		for (const { column, kind } of conversions) {
			const key = `${column}\u0000${kind}`;
			this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
		}
	}

	/** The report: each column's conversions, by kind. */
	report(contract: DatasetContract): Conversion[] {
		const order = contract.columns.map((column) => column.name);
		return [...this.#counts]
			.map(([key, cells]) => {
				const [column = '', kind] = key.split('\u0000');
				return { column, kind: kind as ConversionKind, cells };
			})
			.sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column) || a.kind.localeCompare(b.kind));
	}
}
