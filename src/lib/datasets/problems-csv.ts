import { safeCsv } from '$lib/exports/csv-cells';
import type { Problem } from '$lib/validation/problem';

/** Every problem as CSV rows, for the user to work through in a spreadsheet. */
export function problemsCsv(problems: readonly Problem[]): string {
	return safeCsv(
		['file', 'line', 'column_number', 'column', 'expected', 'found'],
		problems.map((problem) => [problem.file, problem.line, problem.columnNumber, problem.column, problem.expected, problem.found])
	);
}
