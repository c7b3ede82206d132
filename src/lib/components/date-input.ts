/**
 * Reads a GOV.UK date input (day, month and year typed in three boxes) into an
 * ISO date, or the GOV.UK error message for what is wrong and which boxes to
 * mark. Whole numbers only; the date must exist (no 31 February).
 */

/** The three boxes of a date input. */
export type DatePart = 'day' | 'month' | 'year';

/** What was typed in each box. */
export interface DateParts {
	readonly day: string;
	readonly month: string;
	readonly year: string;
}

/** A date read, or why not and which boxes are at fault. */
export type DateReading = { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly message: string; readonly parts: readonly DatePart[] };

const order: readonly DatePart[] = ['day', 'month', 'year'];

/** Lists missing parts as GOV.UK words them: "a day", "a day and month", "a month and year". */
function missingWords(missing: readonly DatePart[]): string {
	return `a ${missing.join(' and ')}`;
}

/**
 * Reads the boxes of the date input named `name` ("Meeting date"), with the
 * error messages of the GOV.UK date input pattern.
 */
export function readDateParts(parts: DateParts, name: string): DateReading {
	const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
	const missing = order.filter((part) => typed[part] === '');
	if (missing.length === 3) return { ok: false, message: `Enter the ${name.toLowerCase()}`, parts: order };
	if (missing.length > 0) return { ok: false, message: `${name} must include ${missingWords(missing)}`, parts: missing };
	const notNumbers = order.filter((part) => !/^\d+$/.test(typed[part]));
	if (notNumbers.length > 0) return { ok: false, message: `${name} must be a real date`, parts: notNumbers };
	if (typed.year.length !== 4) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
	const day = Number(typed.day);
	const month = Number(typed.month);
	const year = Number(typed.year);
	// Date.UTC rolls 31 February over into March: a real date comes back as it went in.
	const date = new Date(Date.UTC(year, month - 1, day));
	if (month < 1 || month > 12 || day < 1 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
		return { ok: false, message: `${name} must be a real date`, parts: month < 1 || month > 12 ? ['month'] : ['day'] };
	}
	return { ok: true, iso: `${typed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Splits an ISO date (2025-04-01) into the boxes' contents (1, 4, 2025); empty boxes for anything else. */
export function isoToParts(iso: string): DateParts {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return { day: '', month: '', year: '' };
	return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}
