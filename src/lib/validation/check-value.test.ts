import { describe, expect, it } from 'vitest';
import type { ColumnContract } from '$lib/contracts/contract';
import { isValidValue } from './check-value';

const column = (type: ColumnContract['type'], extra: Partial<ColumnContract> = {}): ColumnContract => ({
	name: 'x',
	type,
	description: '',
	required: true,
	example: '',
	...extra
});

describe('isValidValue', () => {
	it('accepts real dates only', () => {
		expect(isValidValue(column('date'), '2024-02-29')).toBe(true);
		expect(isValidValue(column('date'), '2023-02-29')).toBe(false);
		expect(isValidValue(column('date'), '29/02/2024')).toBe(false);
		expect(isValidValue(column('date'), '2024-13-01')).toBe(false);
	});

	it('holds decimals to their places', () => {
		const money = column('decimal', { decimalPlaces: 2 });
		expect(isValidValue(money, '315568')).toBe(true);
		expect(isValidValue(money, '313967.89')).toBe(true);
		expect(isValidValue(money, '313967.891')).toBe(false);
		expect(isValidValue(money, '1,000')).toBe(false);
		expect(isValidValue(money, '1e3')).toBe(false);
	});

	it('checks months, financial years, integers and code lists', () => {
		expect(isValidValue(column('month'), '2023-10')).toBe(true);
		expect(isValidValue(column('month'), '2023-00')).toBe(false);
		expect(isValidValue(column('financial-year'), '1999/00')).toBe(true);
		expect(isValidValue(column('financial-year'), '2023/25')).toBe(false);
		expect(isValidValue(column('integer'), '12')).toBe(true);
		expect(isValidValue(column('integer'), '12.0')).toBe(false);
		expect(isValidValue(column('text', { allowed: ['a', 'b'] }), 'c')).toBe(false);
	});
});
