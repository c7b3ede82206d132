import { describe, expect, it } from 'vitest';
import type { CrimeBeforeAfter } from './street-crime';
import { compareBeforeAfter, type BeforeAfterMonth } from './street-crime-comparison';
import { beforeAfterSummary } from './street-crime-before-after-summary';

const month = (m: string, phase: 'before' | 'after', area: number | null, rest: number | null): BeforeAfterMonth => ({
	month: m,
	phase,
	held: area !== null,
	area_crimes: area,
	rest_crimes: rest
});
const answer = (rows: BeforeAfterMonth[]): CrimeBeforeAfter => ({
	question: { types: ['Anti-social behaviour'], district: 'Melton', startMonth: '2023-10', months: 2 },
	rows,
	...compareBeforeAfter(rows)
});

describe('beforeAfterSummary', () => {
	it("gives each side's monthly average before and after, and the change", () => {
		// Melton: (10 + 14) / 2 = 12 → (9 + 9) / 2 = 9, down 25%. Rest: 100 → (99 + 101) / 2 = 100, no change.
		const text = beforeAfterSummary(
			answer([month('2023-08', 'before', 10, 100), month('2023-09', 'before', 14, 100), month('2023-10', 'after', 9, 99), month('2023-11', 'after', 9, 101)]),
			'anti-social behaviour'
		);
		expect(text).toBe(
			'In Melton, anti-social behaviour averaged 12.0 a month in the 2 months before October 2023 and 9.0 a month in the 2 months from October 2023: down 25.0%. ' +
				'In the rest of Leicester, Leicestershire and Rutland they averaged 100 and then 100 a month: no change. ' +
				'The fall in Melton was larger than elsewhere. That fits the Safer Streets work having had an effect, but does not prove it: other things changed too.'
		);
	});

	it('says when only some months are loaded, and when a side has none', () => {
		// After: only October loaded, 15 against 10 before (+50%); rest 50 → 60 (+20%).
		const partly = beforeAfterSummary(
			answer([month('2023-08', 'before', 10, 50), month('2023-09', 'before', 10, 50), month('2023-10', 'after', 15, 60), month('2023-11', 'after', null, null)]),
			'anti-social behaviour'
		);
		expect(partly).toContain('up 50.0%');
		expect(partly).toContain('up 20.0%');
		expect(partly).toContain('Only 1 month of the 2 months from October 2023 is loaded, so the averages are over those.');
		expect(partly).toContain('Melton did not fall by more than elsewhere, so these figures give no sign of an effect of the Safer Streets work on them.');
		const none = beforeAfterSummary(
			answer([month('2023-08', 'before', null, null), month('2023-09', 'before', null, null), month('2023-10', 'after', 3, 4)]),
			'anti-social behaviour'
		);
		expect(none).toBe('The files loaded hold none of the 2 months before October 2023, so anti-social behaviour in Melton cannot be compared before and after.');
	});
});
