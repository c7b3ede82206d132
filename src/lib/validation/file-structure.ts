import type { Problem } from './problem';
import type { LineEnding, RecordLines } from './record-lines';

/**
 * The faults that make a file unreadable past a point: refused as a whole on
 * both paths, even when rows may be set aside, because the rows after the
 * fault cannot be told apart reliably (an unclosed quote swallows every later
 * line into one cell; a second kind of line ending leaves a stray carriage
 * return in a cell or splits a row wrongly).
 */

const endingWords: Record<LineEnding, string> = {
	LF: 'a line feed only (as Mac and Linux write)',
	CRLF: 'a carriage return and line feed (as Windows writes)'
};

/** What these problems expect, so that they are known as problems with the whole file. */
export const closingQuoteExpected = 'a closing quote for each quoted field';
export const sameEndingExpected = 'every line to end the same way';

/** The problems with a file's structure that its records' scan found, if any. */
export function structureProblems(file: string, scan: RecordLines): Problem[] {
	const problems: Problem[] = [];
	if (scan.unclosedQuoteLine !== undefined) {
		const line = scan.unclosedQuoteLine;
		problems.push({
			file,
			line,
			column: '',
			columnNumber: 0,
			expected: closingQuoteExpected,
			found: `a quote opened on line ${line} is never closed, so the rest of the file cannot be read reliably and nothing in it was loaded`
		});
	}
	if (scan.mixedEndings) {
		const { firstEnding, line, ending } = scan.mixedEndings;
		problems.push({
			file,
			line,
			column: '',
			columnNumber: 0,
			expected: `${sameEndingExpected}: line 1 ends with ${endingWords[firstEnding]}`,
			found: `line ${line} ends with ${endingWords[ending]}. Save the file again from a spreadsheet or text editor so every line ends the same way`
		});
	}
	return problems;
}

/** True when a problem is with the file's structure, which no setting aside of rows can get round. */
export function isStructureProblem(problem: Problem): boolean {
	return problem.column === '' && (problem.expected === closingQuoteExpected || problem.expected.startsWith(sameEndingExpected));
}
