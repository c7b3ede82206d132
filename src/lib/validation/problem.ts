/** One thing wrong with an extract, located so a user can find and fix it. */
export interface Problem {
	/** The file's name as the user knows it. */
	readonly file: string;
	/** 1-based line in the file; a quoted field with a line break makes a row span lines. */
	readonly line: number;
	/** The column's header, or "" when the problem is with the whole line or file. */
	readonly column: string;
	/** 1-based position of the column, or 0 when there is none. */
	readonly columnNumber: number;
	readonly expected: string;
	readonly found: string;
}

/** "budget-split.csv, line 4, column 7 (amount_gbp_m): expected …, found …" */
export function describeProblem(problem: Problem): string {
	const where = [`${problem.file}, line ${problem.line}`];
	// A column missing from the header has no position: it is named by its name alone.
	if (problem.column) where.push(problem.columnNumber > 0 ? `column ${problem.columnNumber} (${problem.column})` : `column "${problem.column}"`);
	return `${where.join(', ')}: expected ${problem.expected}; found ${problem.found}.`;
}
