import { describe, expect, it } from 'vitest';
import { aimsEvidencedBars, evidencedShare } from './plan-aims-shares';

describe('aims evidenced, as shares', () => {
	// As the issue found them: two themes with two aims evidenced, one of six aims and one of four.
	const rows = [
		{ theme: 'Victim Services', aims: 6, evidenced: 2 },
		{ theme: 'Visible Policing', aims: 4, evidenced: 2 },
		{ theme: 'Value for Money', aims: 5, evidenced: 5 }
	];

	it('sizes each bar by the share of its theme evidenced, so 2 of 6 is shorter than 2 of 4', () => {
		const bars = aimsEvidencedBars(rows);
		expect(bars.map((bar) => bar.value)).toEqual([(100 * 2) / 6, (100 * 2) / 4, 100]);
		expect(bars[0]!.value).toBeLessThan(bars[1]!.value);
	});

	it('labels each bar with the counts the share is made of, and the share', () => {
		expect(aimsEvidencedBars(rows).map((bar) => bar.valueLabel)).toEqual(['2 of 6 aims (33.3%)', '2 of 4 aims (50.0%)', '5 of 5 aims (100.0%)']);
	});

	it('gives a theme with no aims a share of 0, not a division by zero', () => {
		expect(evidencedShare({ theme: 'Empty', aims: 0, evidenced: 0 })).toBe(0);
	});
});
