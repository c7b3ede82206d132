import type { BeforeAfterMonth } from './street-crime-comparison';

/** Four months either side of October 2023 for tests: two before, one after, and one after that no file holds. */
export const beforeAfterRows: BeforeAfterMonth[] = [
	{ month: '2023-08', phase: 'before', held: true, area_crimes: 8, rest_crimes: 200 },
	{ month: '2023-09', phase: 'before', held: true, area_crimes: 12, rest_crimes: 200 },
	{ month: '2023-10', phase: 'after', held: true, area_crimes: 5, rest_crimes: 210 },
	{ month: '2023-11', phase: 'after', held: false, area_crimes: null, rest_crimes: null }
];
