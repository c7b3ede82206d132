import { describe, expect, it } from 'vitest';
import { formatMillions, formatPence, formatPounds, hasPence, poundsFor, poundsTickFor } from './money';

describe('money in the house style', () => {
	it('writes millions as £m to one decimal place, lower-case m', () => {
		expect(formatMillions(154.5)).toBe('£154.5m');
		expect(formatMillions(171.6)).toBe('£171.6m');
		expect(formatMillions(3)).toBe('£3.0m');
		expect(formatMillions(1234)).toBe('£1,234.0m');
		expect(formatMillions(-0.5)).toBe('−£0.5m');
		// Rounds before the sign is chosen: a tiny negative is no "−£0.0m".
		expect(formatMillions(-0.04)).toBe('£0.0m');
	});

	it('writes awards in whole pounds with thousands separators', () => {
		expect(formatPounds(315568)).toBe('£315,568');
		expect(formatPounds(313967.89)).toBe('£313,968');
		expect(formatPounds(0)).toBe('£0');
		expect(formatPounds(-1200.4)).toBe('−£1,200');
	});

	it('writes pence, to two places, where the table reconciles to the penny', () => {
		expect(formatPence(960591.34)).toBe('£960,591.34');
		expect(formatPence(315568)).toBe('£315,568.00');
		expect(formatPence(0.1 + 0.2)).toBe('£0.30');
		expect(formatPence(-0.34)).toBe('−£0.34');
	});

	it('lets the table decide: pence on every figure when any figure has them, else whole pounds', () => {
		const withPence = [315568, 313967.89, null];
		const whole = [315568, 1_000_000, 0.1 + 0.2 - 0.3];
		const writeAll = (amounts: readonly (number | null)[]) => amounts.filter((a) => a !== null).map(poundsFor(amounts));
		expect(writeAll(withPence)).toEqual(['£315,568.00', '£313,967.89']);
		expect(writeAll(whole)).toEqual(['£315,568', '£1,000,000', '£0']);
		expect([hasPence(0.1 + 0.2), hasPence(12), hasPence(12.0000001)]).toEqual([true, false, false]);
	});

	it('writes a money axis one way for all its ticks: £m once it reaches a million, else whole pounds, never k', () => {
		expect([0, 250_000, 1_000_000, 1_250_000].map(poundsTickFor(1_250_000))).toEqual(['£0', '£0.25m', '£1m', '£1.25m']);
		expect([0, 50_000, 250_000].map(poundsTickFor(300_000))).toEqual(['£0', '£50,000', '£250,000']);
	});
});
