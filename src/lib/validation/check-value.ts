import type { ColumnContract } from '$lib/contracts/contract';

/** What a cell must look like, in words a user can act on. */
export function expectation(column: ColumnContract): string {
	if (column.allowed) return `one of ${column.allowed.map((v) => `"${v}"`).join(', ')}`;
	const unit = column.unit ? ` (${column.unit})` : '';
	switch (column.type) {
		case 'text':
			return 'some text';
		case 'integer':
			return `a whole number${unit}, e.g. ${column.example}`;
		case 'decimal':
			return `a number${unit} with at most ${column.decimalPlaces ?? 2} decimal places and no symbols, e.g. ${column.example}`;
		case 'date':
			return `a date as YYYY-MM-DD, e.g. ${column.example}`;
		case 'boolean':
			return '"true" or "false"';
		case 'financial-year':
			return `a financial year as YYYY/YY, e.g. ${column.example}`;
		case 'month':
			return `a month as YYYY-MM, e.g. ${column.example}`;
	}
}

const integerPattern = /^-?\d+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const financialYearPattern = /^(\d{4})\/(\d{2})$/;

function isRealDate(text: string): boolean {
	const match = datePattern.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isDecimal(text: string, places: number): boolean {
	const pattern = new RegExp(`^-?\\d+(\\.\\d{1,${places}})?$`);
	return pattern.test(text);
}

function isFinancialYear(text: string): boolean {
	const match = financialYearPattern.exec(text);
	return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** True when a non-blank cell holds a value of the column's type and code list. */
export function isValidValue(column: ColumnContract, text: string): boolean {
	if (column.allowed && !column.allowed.includes(text)) return false;
	switch (column.type) {
		case 'text':
			return true;
		case 'integer':
			return integerPattern.test(text) && Number.isSafeInteger(Number(text));
		case 'decimal':
			return isDecimal(text, column.decimalPlaces ?? 2);
		case 'date':
			return isRealDate(text);
		case 'boolean':
			return text === 'true' || text === 'false';
		case 'financial-year':
			return isFinancialYear(text);
		case 'month':
			return monthPattern.test(text);
	}
}
