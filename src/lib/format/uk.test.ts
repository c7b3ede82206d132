import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatMillions, formatPercent, formatPounds } from './uk';

describe('UK formats', () => {
	it('prints money in £M to one place', () => {
		expect(formatMillions(154.5)).toBe('£154.5M');
		expect(formatMillions(171.6)).toBe('£171.6M');
		expect(formatMillions(1.2)).toBe('£1.2M');
		expect(formatMillions(1234)).toBe('£1,234.0M');
		expect(formatMillions(-0.5)).toBe('−£0.5M');
	});

	it('prints percentages to one place', () => {
		expect(formatPercent(96)).toBe('96.0%');
		expect(formatPercent(0.7)).toBe('0.7%');
	});

	it('prints dates the UK way', () => {
		expect(formatDate('2024-04-01')).toBe('1 April 2024');
		expect(formatDate('2017-03-23')).toBe('23 March 2017');
	});

	it('prints pounds with pence only when there are pence, and counts with separators', () => {
		expect(formatPounds(960591.34)).toBe('£960,591.34');
		expect(formatPounds(315568)).toBe('£315,568');
		expect(formatPounds(0.1 + 0.2)).toBe('£0.30');
		expect(formatCount(13250)).toBe('13,250');
	});
});
