import { describe, expect, it } from 'vitest';
import { formatAverage, formatAxisPercent, formatCount, formatCountInProse, formatCountOrAverage, formatDecimal, formatPercent } from './numbers';

describe('counts, averages and percentages in the house style', () => {
	it('writes counts with thousands separators', () => {
		expect(formatCount(13250)).toBe('13,250');
		expect(formatCount(1_234_567)).toBe('1,234,567');
		expect(formatCount(999)).toBe('999');
	});

	it('writes zero as "0" in a table and "none" in prose', () => {
		expect(formatCount(0)).toBe('0');
		expect(formatCountInProse(0)).toBe('none');
		expect(formatCountInProse(1500)).toBe('1,500');
	});

	it('writes an average of counts as a whole number from 100 up, to one decimal place below', () => {
		expect(formatAverage(1533)).toBe('1,533');
		expect(formatAverage(1533.333)).toBe('1,533');
		expect(formatAverage(100.4)).toBe('100');
		expect(formatAverage(99.96)).toBe('100');
		expect(formatAverage(99.94)).toBe('99.9');
		expect(formatAverage(4.25)).toBe('4.3');
		expect(formatAverage(4)).toBe('4.0');
	});

	it('writes a figure that may be a count as a count when whole, else as an average', () => {
		expect([12, 1534, 12.5, 1533.5].map(formatCountOrAverage)).toEqual(['12', '1,534', '12.5', '1,534']);
	});

	it('writes percentages to one decimal place', () => {
		expect(formatPercent(96)).toBe('96.0%');
		expect(formatPercent(0.74)).toBe('0.7%');
		expect(formatPercent(1234.5)).toBe('1,234.5%');
	});

	it('writes a percentage on an axis with as few places as it needs', () => {
		expect([80, 92.5, 100, 0].map(formatAxisPercent)).toEqual(['80%', '92.5%', '100%', '0%']);
	});

	it('writes a measured figure with separators and at most one decimal place', () => {
		expect([12.34, 1234, 0].map(formatDecimal)).toEqual(['12.3', '1,234', '0']);
	});
});
