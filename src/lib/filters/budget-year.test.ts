import { describe, expect, it } from 'vitest';
import { budgetYearFromUrl } from './budget-year';
import { periodFromParam } from './period';

describe('budgetYearFromUrl', () => {
	it('prefers the budget year, else takes the financial year of the period', () => {
		const params = (query: string) => new URLSearchParams(query);
		expect(budgetYearFromUrl(params('year=2017%2F18&period=2023%2F24'), periodFromParam('2023/24'))).toBe('2017/18');
		expect(budgetYearFromUrl(params('period=2023%2F24-Q3'), periodFromParam('2023/24-Q3'))).toBe('2023/24');
		// March 2024 is in 2023/24; April 2024 in 2024/25.
		expect(budgetYearFromUrl(params(''), periodFromParam('2024-03'))).toBe('2023/24');
		expect(budgetYearFromUrl(params(''), periodFromParam('2024-04'))).toBe('2024/25');
		expect(budgetYearFromUrl(params(''), periodFromParam(''))).toBeNull();
	});
});
