/**
 * Reads a date typed into GOV.UK day, month and year fields, with the error
 * messages the GOV.UK date input pattern uses. (The shared DateInput component
 * is being written elsewhere; this parser is what the meetings forms need until then.)
 */

/** The three fields as typed. */
export interface DateFields {
	readonly day: string;
	readonly month: string;
	readonly year: string;
}

/** A date read from its fields: an ISO date, or the message and the first field to fix. */
export type DateFieldsResult =
	| { readonly ok: true; readonly iso: string }
	| { readonly ok: false; readonly message: string; readonly field: keyof DateFields };

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads day, month and year fields as a real date; `label` starts each message, e.g. "Date of the meeting". */
export function parseDateFields(fields: DateFields, label: string): DateFieldsResult {
	const day = fields.day.trim();
	const month = fields.month.trim();
	const year = fields.year.trim();
	const missing = (['day', 'month', 'year'] as const).filter((name) => ({ day, month, year })[name] === '');
	if (missing.length === 3) return { ok: false, message: `Enter ${label.toLowerCase()}`, field: 'day' };
	if (missing.length > 0) {
		return { ok: false, message: `${label} must include a ${missing.join(' and ')}`, field: missing[0]! };
	}
	if (!/^\d{1,2}$/.test(day)) return { ok: false, message: `${label} must be a real date`, field: 'day' };
	if (!/^\d{1,2}$/.test(month)) return { ok: false, message: `${label} must be a real date`, field: 'month' };
	if (!/^\d{4}$/.test(year)) return { ok: false, message: 'Year must include 4 numbers', field: 'year' };
	const [d, m, y] = [Number(day), Number(month), Number(year)];
	const date = new Date(Date.UTC(y, m - 1, d));
	if (m < 1 || m > 12) return { ok: false, message: `${label} must be a real date`, field: 'month' };
	if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return { ok: false, message: `${label} must be a real date`, field: 'day' };
	return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}` };
}

/** The fields for an ISO date, to prefill a form. */
export function dateFieldsOf(iso: string): DateFields {
	const [year = '', month = '', day = ''] = iso.split('-');
	return { day: String(Number(day)), month: String(Number(month)), year };
}
