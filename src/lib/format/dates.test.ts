import { describe, expect, it } from 'vitest';
import { formatDate, formatDayMonth, formatFinancialYear, formatMonth, formatMonthShort, monthLabel } from './dates';

describe('dates the UK way', () => {
	it('writes a date as day, month in full and year, with no leading zero', () => {
		expect(formatDate('2024-04-01')).toBe('1 April 2024');
		expect(formatDate('2017-03-23')).toBe('23 March 2017');
		// Not a date: returned as it came, never rolled into March or written "Invalid Date".
		expect(formatDate('2025-02-31')).toBe('2025-02-31');
		expect(formatDate('not a date')).toBe('not a date');
	});

	it('writes a date in a grid of weeks as day and short month', () => {
		expect(formatDayMonth('2024-04-01')).toBe('1 Apr');
		expect(formatDayMonth('2023-12-25')).toBe('25 Dec');
	});

	it('writes a month in full with its year, or briefly for a chart axis', () => {
		expect(formatMonth('2024-04')).toBe('April 2024');
		expect(formatMonth('2024-12-01')).toBe('December 2024');
		expect(formatMonthShort('2024-12')).toBe('Dec 24');
	});

	it('writes a financial year as its two calendar years, the second shortened', () => {
		expect(formatFinancialYear(2023)).toBe('2023/24');
		expect(formatFinancialYear(1999)).toBe('1999/00');
		expect(formatFinancialYear(2009)).toBe('2009/10');
	});
});

describe('month labels', () => {
	it('are the long form in prose and the short form on an axis', () => {
		expect(monthLabel('2024-12')).toBe('Dec 24');
		expect(monthLabel('2024-04', true)).toBe('April 2024');
	});
});
