/** Dates, months and financial years the UK way: "1 April 2024", "April 2024", "2023/24". Never 04/01/2024. */

const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// 31 February is no date: it is returned as typed rather than rolled on into March.
const isCalendarDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month <= 12;

/** An ISO date in UK long form: "2017-03-23" → "23 March 2017", whatever the machine's time zone; anything else is returned as it is. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (!year || !month || !day || !isCalendarDate(year, month, day)) return iso;
	return `${day} ${longMonths[month - 1]} ${year}`;
}

/** An ISO date as day and short month, for a grid of weeks where the year is in the heading: "2024-04-01" → "1 Apr". */
export function formatDayMonth(iso: string): string {
	const [, month, day] = iso.split('-').map(Number);
	if (!month || !day || month > 12) return iso;
	return `${day} ${shortMonths[month - 1]}`;
}

/** A month, "2024-04" (or a date in it) → "April 2024". */
export function formatMonth(isoMonth: string): string {
	const name = longMonths[Number(isoMonth.slice(5, 7)) - 1] ?? '';
	return `${name} ${isoMonth.slice(0, 4)}`;
}

/** A month for a chart axis, where 36 months must fit: "2024-04" → "Apr 24". */
export function formatMonthShort(isoMonth: string): string {
	const name = shortMonths[Number(isoMonth.slice(5, 7)) - 1] ?? '';
	return `${name} ${isoMonth.slice(2, 4)}`;
}

/** A month as a label: the long form in prose ("April 2023"), the short form on an axis ("Apr 23"). */
export function monthLabel(month: string, long = false): string {
	return long ? formatMonth(month) : formatMonthShort(month);
}

/** The financial year (April to March) starting in a calendar year: 2023 → "2023/24". */
export function formatFinancialYear(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
