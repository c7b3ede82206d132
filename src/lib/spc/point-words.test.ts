import { describe, expect, it } from 'vitest';
import { signalWords, xmrRows } from './point-words';
import { monthlyPoints, steadyNoise } from './test-series';
import { analyseSeries } from './xmr';

describe('the figures behind an XmR chart', () => {
	// September 2023 far above the rest (125: see xmr.test.ts), then a re-based year from January 2024.
	const values = [...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8), ...steadyNoise.map((value) => value + 30).slice(0, 11)];
	const analysis = analyseSeries({ points: monthlyPoints(values), improvement: 'lower', rebases: [{ period: '2024-02', reason: 'A recording change' }] });
	const rows = xmrRows(analysis);

	it('gives each period its value, the limits it is judged against and its signal in words', () => {
		const september = rows[8]!;
		expect(september.value).toBe(125);
		expect(september.mean).toBe(analysis.segments[0]!.limits!.mean);
		expect(september.upper).toBe(analysis.segments[0]!.limits!.upperProcessLimit);
		expect(september.signal).toBe('Special cause: concern: a point beyond a process limit (high)');
		expect(rows[0]!.signal).toBe('Common cause (noise)');
	});

	it('says where and why the limits start again, and which limits are provisional', () => {
		expect(rows[13]!.period).toBe('February 2024 (limits start again: A recording change)');
		expect(rows[14]!.period).toBe('March 2024');
		expect(rows[13]!.mean).toBe(analysis.segments[1]!.limits!.mean);
		expect([rows[0]!.provisional, rows[13]!.provisional]).toEqual([false, true]);
	});

	it('gives illustrative figures no signal', () => {
		const illustrative = analyseSeries({ points: monthlyPoints(values), improvement: 'lower', illustrative: true });
		expect(signalWords(illustrative.points[8]!, illustrative)).toBe('None given: illustrative figures');
	});
});
