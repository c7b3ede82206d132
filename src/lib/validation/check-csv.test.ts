import { describe, expect, it } from 'vitest';
import { budgetSplit } from '$lib/contracts/budget-split';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { visitsContract } from '$lib/datasets/visit-rows.fixtures';
import { checkCsv } from './check-csv';
import { describeProblem } from './problem';

const file = 'budget-split.csv';
const good = csvFromRows(budgetSplit, [exampleRow(budgetSplit), { ...exampleRow(budgetSplit), line_code: 'regional_collaboration', amount_gbp_m: '10.2' }]);

describe('checkCsv', () => {
	it('passes a good extract and counts its rows', () => {
		const result = checkCsv(file, good, budgetSplit);
		expect(result.problems).toEqual([]);
		expect(result.rowCount).toBe(2);
	});

	it('accepts a byte-order mark and CRLF line ends', () => {
		const result = checkCsv(file, '\uFEFF' + good.replaceAll('\n', '\r\n'), budgetSplit);
		expect(result.problems).toEqual([]);
		expect(result.rowCount).toBe(2);
	});

	it('names a missing column', () => {
		const text = good.replace('percent_of_total,', '').replace(/,90\.1,/g, ',');
		const [problem, ...rest] = checkCsv(file, text, budgetSplit).problems;
		expect(rest).toEqual([]);
		expect(problem).toEqual({
			file,
			line: 1,
			column: 'percent_of_total',
			columnNumber: 0,
			expected: 'a column headed "percent_of_total"',
			found: 'no such column in the header'
		});
	});

	it('locates a bad number by line and column', () => {
		const text = csvFromRows(budgetSplit, [exampleRow(budgetSplit), exampleRow(budgetSplit), { ...exampleRow(budgetSplit), amount_gbp_m: '£154.5m' }]);
		const problems = checkCsv(file, text, budgetSplit).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			line: 4,
			column: 'amount_gbp_m',
			columnNumber: 8,
			found: '"£154.5m"'
		});
		expect(problems[0]?.expected).toContain('a number (£ millions)');
		expect(describeProblem(problems[0]!)).toBe(
			'budget-split.csv, line 4, column 8 (amount_gbp_m): expected a number (£ millions) of 0 or more with at most 3 decimal places, e.g. 154.5; found "£154.5m".'
		);
	});

	it('rejects a financial year that does not run April to March', () => {
		const text = csvFromRows(budgetSplit, [{ ...exampleRow(budgetSplit), financial_year: '2017/19' }]);
		expect(checkCsv(file, text, budgetSplit).problems[0]).toMatchObject({
			line: 2,
			column: 'financial_year',
			found: '"2017/19"'
		});
	});

	it('counts lines inside quoted fields, so a later error is located right', () => {
		const text = csvFromRows(budgetSplit, [
			{ ...exampleRow(budgetSplit), line_name: 'Two\nlines' },
			{ ...exampleRow(budgetSplit), line_type: 'sub-total' }
		]);
		const problems = checkCsv(file, text, budgetSplit).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 4, column: 'line_type', expected: 'one of "line", "subtotal", "total"' });
	});

	it('reports an empty file', () => {
		const result = checkCsv(file, '', budgetSplit);
		expect(result.rowCount).toBe(0);
		expect(result.problems).toEqual([expect.objectContaining({ line: 1, column: '', found: 'an empty file' })]);
	});

	it('reports a header with no rows', () => {
		const header = csvFromRows(budgetSplit, []);
		expect(checkCsv(file, header, budgetSplit).problems).toEqual([expect.objectContaining({ line: 2, found: 'the header only' })]);
	});

	it('names an extra column and the row whose fields no longer match', () => {
		const text = good.replace('illustrative\n', 'illustrative,notes\n');
		const problems = checkCsv(file, text, budgetSplit).problems;
		expect(problems[0]).toMatchObject({ line: 1, column: 'notes', columnNumber: 13, found: 'an extra column "notes"' });
		expect(problems.slice(1)).toEqual([
			expect.objectContaining({ line: 2, expected: '13 fields, as in the header', found: '12 fields' }),
			expect.objectContaining({ line: 3, expected: '13 fields, as in the header', found: '12 fields' })
		]);
	});

	it('reports a blank required cell and a bad date-like value', () => {
		const text = csvFromRows(budgetSplit, [{ ...exampleRow(budgetSplit), source_ref: '', illustrative: 'yes' }]);
		expect(checkCsv(file, text, budgetSplit).problems).toEqual([
			expect.objectContaining({ line: 2, column: 'source_ref', found: 'a blank cell' }),
			expect.objectContaining({ line: 2, column: 'illustrative', found: '"yes"' })
		]);
	});

	it('locates a bad date: a slash date that could be either order, and a day that does not exist', () => {
		// The shared visits contract's suite and date columns only.
		const visits = { ...visitsContract, columns: visitsContract.columns.slice(0, 2) };
		const text = 'suite,visit_date\nKeyham Lane,2024-04-01\nEuston Street,01/04/2024\nBeaumont Leys,2023-02-29\n';
		expect(checkCsv('visits.csv', text, visits).problems).toEqual([
			{
				file: 'visits.csv',
				line: 3,
				column: 'visit_date',
				columnNumber: 2,
				expected: 'a date as YYYY-MM-DD or day/month/year, e.g. 2024-04-01',
				found:
					'"01/04/2024": which could be 1 April 2024 (day/month/year) or 4 January 2024 (month/day/year): no slash date in this column has a day above 12 to show the order. Write it as YYYY-MM-DD'
			},
			{ file: 'visits.csv', line: 4, column: 'visit_date', columnNumber: 2, expected: 'a date as YYYY-MM-DD or day/month/year, e.g. 2024-04-01', found: '"2023-02-29"' }
		]);
	});

	it('names a column that appears twice', () => {
		const text = good.replace('illustrative\n', 'illustrative,line_code\n');
		expect(checkCsv(file, text, budgetSplit).problems[0]).toEqual({
			file,
			line: 1,
			column: 'line_code',
			columnNumber: 13,
			expected: 'each column name once',
			found: '"line_code" a second time'
		});
	});

	it('reports an unclosed quote where it starts', () => {
		const text = csvFromRows(budgetSplit, [exampleRow(budgetSplit)]) + '2017/18,"force\n';
		const problems = checkCsv(file, text, budgetSplit).problems;
		expect(problems.some((p) => p.line === 3 && p.expected === 'a closing quote for each quoted field')).toBe(true);
	});
});
