/**
 * Periods users filter by: UK financial years (April to March), their quarters
 * (Q1 = April to June) and calendar months. Each is a half-open range of ISO
 * dates, [start, end), which the SQL measures take as parameters.
 */

import { formatFinancialYear, formatMonth } from '$lib/format/uk';

export type Period =
	| { readonly kind: 'all' }
	| { readonly kind: 'financial-year'; readonly startYear: number }
	| { readonly kind: 'quarter'; readonly startYear: number; readonly quarter: 1 | 2 | 3 | 4 }
	| { readonly kind: 'month'; readonly year: number; readonly month: number };

export interface DateRange {
	/** First day in the period, YYYY-MM-DD. */
	readonly start: string;
	/** First day after the period, YYYY-MM-DD. */
	readonly end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoMonthStart = (year: number, month: number) => {
	const y = year + Math.floor((month - 1) / 12);
	const m = ((month - 1) % 12) + 1;
	return `${y}-${pad(m)}-01`;
};

/** "2023/24" for the financial year starting in April 2023: the URL's form and the reader's are the format module's one. */
export const financialYearLabel = formatFinancialYear;

/** The financial year (its starting calendar year) a date falls in. */
export function financialYearOf(isoDate: string): number {
	const [year, month] = isoDate.split('-').map(Number) as [number, number];
	return month >= 4 ? year : year - 1;
}

/** The URL form of a period: "", "2023/24", "2023/24-Q3" or "2023-10". */
export function periodToParam(period: Period): string {
	switch (period.kind) {
		case 'all':
			return '';
		case 'financial-year':
			return financialYearLabel(period.startYear);
		case 'quarter':
			return `${financialYearLabel(period.startYear)}-Q${period.quarter}`;
		case 'month':
			return `${period.year}-${pad(period.month)}`;
	}
}

/** Reads a period from its URL form; anything unrecognised means all periods. */
export function periodFromParam(param: string | null): Period {
	if (!param) return { kind: 'all' };
	const quarter = /^(\d{4})\/(\d{2})-Q([1-4])$/.exec(param);
	if (quarter && (Number(quarter[1]) + 1) % 100 === Number(quarter[2])) {
		return { kind: 'quarter', startYear: Number(quarter[1]), quarter: Number(quarter[3]) as 1 | 2 | 3 | 4 };
	}
	const year = /^(\d{4})\/(\d{2})$/.exec(param);
	if (year && (Number(year[1]) + 1) % 100 === Number(year[2])) {
		return { kind: 'financial-year', startYear: Number(year[1]) };
	}
	const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(param);
	if (month) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
	return { kind: 'all' };
}

/** The dates a period covers; all periods is a range wide enough for any record. */
export function periodRange(period: Period): DateRange {
	switch (period.kind) {
		case 'all':
			return { start: '1900-01-01', end: '2200-01-01' };
		case 'financial-year':
			return { start: isoMonthStart(period.startYear, 4), end: isoMonthStart(period.startYear + 1, 4) };
		case 'quarter': {
			const first = 4 + (period.quarter - 1) * 3;
			return { start: isoMonthStart(period.startYear, first), end: isoMonthStart(period.startYear, first + 3) };
		}
		case 'month':
			return { start: isoMonthStart(period.year, period.month), end: isoMonthStart(period.year, period.month + 1) };
	}
}

// A month's name alone, from the format module's rule for a month ("October 2023" → "October").
const monthName = (month: number) => formatMonth(`2000-${pad(month)}`).slice(0, -5);

/** A period in words: "2023/24", "2023/24 Q3 (October to December 2023)", "October 2023". */
export function periodLabel(period: Period): string {
	switch (period.kind) {
		case 'all':
			return 'all periods';
		case 'financial-year':
			return financialYearLabel(period.startYear);
		case 'quarter': {
			const { start } = periodRange(period);
			const [year, month] = start.split('-').map(Number) as [number, number];
			const last = ((month + 1) % 12) + 1;
			const lastYear = month + 2 > 12 ? year + 1 : year;
			return `${financialYearLabel(period.startYear)} Q${period.quarter} (${monthName(month)} to ${formatMonth(`${lastYear}-${pad(last)}`)})`;
		}
		case 'month':
			return formatMonth(`${period.year}-${pad(period.month)}`);
	}
}

/** Every financial year, quarter and month touching the dates from `first` to `last`, oldest first. */
export function periodsBetween(first: string, last: string): { years: Period[]; quarters: Period[]; months: Period[] } {
	const years: Period[] = [];
	const quarters: Period[] = [];
	const months: Period[] = [];
	for (let fy = financialYearOf(first); fy <= financialYearOf(last); fy++) {
		years.push({ kind: 'financial-year', startYear: fy });
		for (const quarter of [1, 2, 3, 4] as const) {
			const range = periodRange({ kind: 'quarter', startYear: fy, quarter });
			if (range.end > first && range.start <= last) quarters.push({ kind: 'quarter', startYear: fy, quarter });
		}
	}
	let [year, month] = first.split('-').map(Number) as [number, number];
	while (isoMonthStart(year, month) <= last) {
		months.push({ kind: 'month', year, month });
		month++;
		if (month > 12) {
			month = 1;
			year++;
		}
	}
	return { years, quarters, months };
}
