import type { ColumnContract } from '$lib/contracts/contract';
import { formatCount, formatDate } from '$lib/format/uk';

/**
 * What a cell must hold, and how what people type in spreadsheets is read.
 *
 * A value in the dictionary's form passes as it is. Otherwise these are
 * converted, and each conversion is counted for the load report:
 * - spaces before or after a number, date, month, financial year, true/false
 *   or code-list value are removed (free text keeps its spaces: it is never changed);
 * - thousands separators in numbers (`1,234`; groups of three digits only);
 * - a £ sign before an amount, in a column whose unit is pounds (`£5`, `-£1,234.50`);
 * - `TRUE` and `FALSE` (as Excel writes them) are read as `true` and `false`;
 * - months written `Apr-25`, `Apr 2025`, `April 2025` or `April-2025`;
 * - dates written day/month/year with slashes (`01/04/2025` is 1 April 2025), by
 *   the rule in `slashDateRule`.
 * Anything else is refused with a located problem saying why; nothing is guessed.
 */

/** How a cell was converted. */
export type ConversionKind = 'spaces' | 'thousands' | 'currency' | 'true-false' | 'month-name' | 'day-month-year';

/** Cells of one column converted one way, for the load report. */
export interface Conversion {
	readonly column: string;
	readonly kind: ConversionKind;
	readonly cells: number;
}

/** A conversion in words: "1,204 dates read as day/month/year". */
export function describeConversion(conversion: Conversion): string {
	const n = formatCount(conversion.cells);
	const one = conversion.cells === 1;
	switch (conversion.kind) {
		case 'spaces':
			return `${n} value${one ? '' : 's'} had spaces before or after removed`;
		case 'thousands':
			return `${n} number${one ? '' : 's'} read without thousands separators (1,234 as 1234)`;
		case 'currency':
			return `${n} amount${one ? '' : 's'} read without the £ sign`;
		case 'true-false':
			return `${n} TRUE or FALSE value${one ? '' : 's'} read as true or false`;
		case 'month-name':
			return `${n} month${one ? '' : 's'} read from a month name (Apr-25 as 2025-04)`;
		case 'day-month-year':
			return `${n} date${one ? '' : 's'} read as day/month/year`;
	}
}

/**
 * The rule for dates written with slashes, as the data dictionary states it.
 * UK order is day/month/year, but a file from a system set to US order writes
 * month/day/year, and `04/05/2025` is a real date either way; so the order is
 * taken from the column itself.
 */
export const slashDateRule =
	'Dates written with slashes are read as day/month/year (UK order) with a four-digit year: `01/04/2025` is 1 April 2025. ' +
	'Where the day and month are both 12 or under and differ (`04/05/2025`), the date could be either order, and it is read as day/month/year only when another slash date in the same column of the same file has a first part above 12 (so the column is in day/month/year order); otherwise it is refused, asking for the date as YYYY-MM-DD. ' +
	'A slash date whose second part is above 12 cannot be day/month/year and is refused.';

/** What the whole column shows about how its slash dates are written. */
export interface ColumnEvidence {
	/** Some slash date in the column has a first part above 12: the column is day/month/year. */
	readonly dayFirst: boolean;
}

/** What a row's check needs beyond the cells: evidence from each column, and the day of the load. */
export interface CellContext {
	readonly evidence: ReadonlyMap<string, ColumnEvidence>;
	/** The day the file is loaded, YYYY-MM-DD: no date or month marked `notAfterLoadDate` may be later. */
	readonly loadDate: string;
}

/** Today's date as YYYY-MM-DD in UK time, the default load date. */
export function todayInLondon(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The largest and smallest whole numbers a column of SQL type INTEGER holds. */
export const integerRange = { min: -2147483648, max: 2147483647 } as const;

/** Digits allowed before the point in a decimal column, as DECIMAL(18, places) holds. */
export const decimalWholeDigits = (column: ColumnContract) => 18 - (column.decimalPlaces ?? 2);

/** What a cell must look like, in words a user can act on. */
export function expectation(column: ColumnContract): string {
	if (column.allowed) return `one of ${column.allowed.map((v) => `"${v}"`).join(', ')}`;
	const unit = column.unit ? ` (${column.unit})` : '';
	const bounds = boundsInWords(column);
	switch (column.type) {
		case 'text':
			return 'some text';
		case 'integer':
			return `a whole number${unit}${bounds}, e.g. ${column.example}`;
		case 'decimal':
			return `a number${unit}${bounds} with at most ${column.decimalPlaces ?? 2} decimal places, e.g. ${column.example}`;
		case 'date':
			return `a date as YYYY-MM-DD or day/month/year${column.notAfterLoadDate ? ', not after the day it is loaded' : ''}, e.g. ${column.example}`;
		case 'boolean':
			return '"true" or "false"';
		case 'financial-year':
			return `a financial year as YYYY/YY, e.g. ${column.example}`;
		case 'month':
			return `a month as YYYY-MM or Apr-25${column.notAfterLoadDate ? ', not after the month it is loaded' : ''}, e.g. ${column.example}`;
	}
}

function boundsInWords(column: ColumnContract): string {
	if (column.min !== undefined && column.max !== undefined) return ` from ${column.min} to ${column.max}`;
	if (column.min !== undefined) return ` of ${column.min} or more`;
	if (column.max !== undefined) return ` of ${column.max} or less`;
	return '';
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const slashDatePattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const financialYearPattern = /^(\d{4})\/(\d{2})$/;
const numberPattern = /^(-?)(£?)(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const monthNamePattern = /^([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/;
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isRealDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	// Years before 100 are refused: Date.UTC would shift them to 1900+.
	return year >= 100 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isFinancialYear(text: string): boolean {
	const match = financialYearPattern.exec(text);
	return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The month (1-12) a name or its first three letters stands for ("Sept" too), or 0. */
function monthNumber(name: string): number {
	const lower = name.toLowerCase();
	const index = monthNames.findIndex((full) => full === lower || full.slice(0, 3) === lower || (lower === 'sept' && full === 'september'));
	return index + 1;
}

/** A cell read: its value in the dictionary's form and how it was converted, or why it cannot be read. */
export type CellReading = { readonly ok: true; readonly value: string; readonly conversions: readonly ConversionKind[] } | { readonly ok: false; readonly why?: string };

const refused = (why?: string): CellReading => (why ? { ok: false, why } : { ok: false });

/** Whether a slash date's first part shows its column is day/month/year. */
export function slashDateShowsDayFirst(text: string): boolean {
	const match = slashDatePattern.exec(text.trim());
	return match !== null && Number(match[1]) > 12 && Number(match[1]) <= 31 && Number(match[2]) <= 12;
}

/**
 * Reads a non-blank cell: the value in the dictionary's form, with the
 * conversions that made it, or a refusal (with a reason beyond "not the
 * expected form" where there is one).
 */
export function readValue(column: ColumnContract, raw: string, context: CellContext): CellReading {
	const conversions: ConversionKind[] = [];
	let text = raw;
	if (column.type !== 'text' || column.allowed) {
		text = raw.trim();
		if (text !== raw) conversions.push('spaces');
		if (text === '') return refused();
	}
	if (column.allowed && !column.allowed.includes(text)) return refused();
	const done = (value: string): CellReading => ({ ok: true, value, conversions });
	switch (column.type) {
		case 'text':
			return done(text);
		case 'integer':
		case 'decimal': {
			const match = numberPattern.exec(text);
			if (!match) return refused();
			const [, minus1, pound, minus2, digits = '', fraction] = match;
			if (minus1 && minus2) return refused();
			if (pound) {
				if (!column.unit?.includes('£')) return refused(`a £ sign, in a column of ${column.unit ?? 'numbers'}`);
				conversions.push('currency');
			}
			if (digits.includes(',')) conversions.push('thousands');
			const whole = digits.replaceAll(',', '');
			if (column.type === 'integer' && fraction !== undefined) return refused('a number that is not whole');
			const places = column.decimalPlaces ?? 2;
			if (fraction !== undefined && fraction.length > places) return refused(`more than ${places} decimal places`);
			const value = `${minus1 || minus2}${whole}${fraction !== undefined ? `.${fraction}` : ''}`;
			const significant = whole.replace(/^0+(?=\d)/, '');
			const number = Number(value);
			if (column.type === 'integer' && (significant.length > 10 || number < integerRange.min || number > integerRange.max)) {
				return refused(`too large for the database, which holds whole numbers from ${formatCount(integerRange.min)} to ${formatCount(integerRange.max)}`);
			}
			if (column.type === 'decimal' && significant.length > decimalWholeDigits(column)) {
				return refused(`too large for the database, which holds at most ${decimalWholeDigits(column)} digits before the point here`);
			}
			if (column.min !== undefined && number < column.min) return refused(`less than ${column.min}`);
			if (column.max !== undefined && number > column.max) return refused(`more than ${column.max}`);
			return done(value);
		}
		case 'date': {
			let value = text;
			const slash = slashDatePattern.exec(text);
			if (slash) {
				const [first, second, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
				if (second > 12) return refused(`not a day/month/year date: there is no month ${second} (write dates as YYYY-MM-DD or day/month/year)`);
				if (first <= 12 && first !== second && !context.evidence.get(column.name)?.dayFirst) {
					const asUk = formatDate(`${year}-${String(second).padStart(2, '0')}-${String(first).padStart(2, '0')}`);
					const asUs = formatDate(`${year}-${String(first).padStart(2, '0')}-${String(second).padStart(2, '0')}`);
					return refused(
						`which could be ${asUk} (day/month/year) or ${asUs} (month/day/year): no slash date in this column has a day above 12 to show the order. Write it as YYYY-MM-DD`
					);
				}
				value = `${year}-${String(second).padStart(2, '0')}-${String(first).padStart(2, '0')}`;
				conversions.push('day-month-year');
			}
			const match = datePattern.exec(value);
			if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return refused(slash ? 'not a real date' : undefined);
			if (column.notAfterLoadDate && value > context.loadDate) return refused(`later than the day it is loaded (${context.loadDate})`);
			return done(value);
		}
		case 'boolean':
			if (text === 'true' || text === 'false') return done(text);
			if (text === 'TRUE' || text === 'FALSE') {
				conversions.push('true-false');
				return done(text.toLowerCase());
			}
			return refused();
		case 'financial-year':
			return isFinancialYear(text) ? done(text) : refused();
		case 'month': {
			let value = text;
			const named = monthNamePattern.exec(text);
			if (named) {
				const month = monthNumber(named[1] ?? '');
				if (month === 0) return refused();
				const year = (named[2] ?? '').length === 2 ? `20${named[2]}` : (named[2] ?? '');
				value = `${year}-${String(month).padStart(2, '0')}`;
				conversions.push('month-name');
			}
			if (!monthPattern.test(value)) return refused();
			if (column.notAfterLoadDate && value > context.loadDate.slice(0, 7)) return refused(`later than the month it is loaded (${context.loadDate.slice(0, 7)})`);
			return done(value);
		}
	}
}

const noEvidence: CellContext = { evidence: new Map(), loadDate: todayInLondon() };

/** True when a non-blank cell is already in the dictionary's form and within the column's limits: it needs no conversion. */
export function isValidValue(column: ColumnContract, text: string, context: CellContext = noEvidence): boolean {
	const reading = readValue(column, text, context);
	return reading.ok && reading.conversions.length === 0;
}
