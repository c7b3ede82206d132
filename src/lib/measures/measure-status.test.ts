import { describe, expect, it } from 'vitest';
import { measureStatus, statusTone } from './measure-status';

describe('measureStatus', () => {
	it('compares against an "at least" target, with 5% for nearly', () => {
		expect(measureStatus(100, 100, 'at least')).toBe('Met');
		// 95% of 100 is 95: 95 is nearly met, 94.9 is not.
		expect(measureStatus(95, 100, 'at least')).toBe('Nearly met');
		expect(measureStatus(94.9, 100, 'at least')).toBe('Not met');
	});

	it('compares against an "at most" target', () => {
		expect(measureStatus(10, 10, 'at most')).toBe('Met');
		expect(measureStatus(10.5, 10, 'at most')).toBe('Nearly met');
		expect(measureStatus(11, 10, 'at most')).toBe('Not met');
	});

	it('withholds the verdict from an illustrative figure, met or not', () => {
		expect(measureStatus(100, 100, 'at least', true)).toBe('Illustrative, no verdict');
		expect(measureStatus(50, 100, 'at least', true)).toBe('Illustrative, no verdict');
		expect(statusTone(measureStatus(97, 100, 'at least', true))).toBe('illustrative');
	});

	it('says when there is no target, or no data', () => {
		expect(measureStatus(50, null, null)).toBe('No target set');
		expect(measureStatus(null, 100, 'at least')).toBe('No data for this period');
	});
});
