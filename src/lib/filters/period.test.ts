import { describe, expect, it } from 'vitest';
import { financialYearOf, periodFromParam, periodLabel, periodRange, periodsBetween, periodToParam } from './period';

describe('periods', () => {
	it('reads and writes each kind of period in the URL', () => {
		for (const param of ['', '2023/24', '2023/24-Q3', '2023-10']) {
			expect(periodToParam(periodFromParam(param))).toBe(param);
		}
		expect(periodFromParam('2023/25')).toEqual({ kind: 'all' });
		expect(periodFromParam('nonsense')).toEqual({ kind: 'all' });
	});

	it('runs financial years April to March and Q1 from April', () => {
		expect(periodRange(periodFromParam('2023/24'))).toEqual({ start: '2023-04-01', end: '2024-04-01' });
		expect(periodRange(periodFromParam('2023/24-Q1'))).toEqual({ start: '2023-04-01', end: '2023-07-01' });
		expect(periodRange(periodFromParam('2023/24-Q4'))).toEqual({ start: '2024-01-01', end: '2024-04-01' });
		expect(periodRange(periodFromParam('2023-12'))).toEqual({ start: '2023-12-01', end: '2024-01-01' });
	});

	it('names periods in words', () => {
		expect(periodLabel(periodFromParam('2023/24-Q3'))).toBe('2023/24 Q3 (October to December 2023)');
		expect(periodLabel(periodFromParam('2023/24-Q4'))).toBe('2023/24 Q4 (January to March 2024)');
		expect(periodLabel(periodFromParam('2023-10'))).toBe('October 2023');
	});

	it('puts 31 March in the year before and 1 April in the next', () => {
		expect(financialYearOf('2024-03-31')).toBe(2023);
		expect(financialYearOf('2024-04-01')).toBe(2024);
	});

	it('lists the periods that data from October 2023 to April 2024 touches', () => {
		const { years, quarters, months } = periodsBetween('2023-10-15', '2024-04-02');
		expect(years.map(periodToParam)).toEqual(['2023/24', '2024/25']);
		expect(quarters.map(periodToParam)).toEqual(['2023/24-Q3', '2023/24-Q4', '2024/25-Q1']);
		expect(months.map(periodToParam)).toEqual(['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
	});
});
