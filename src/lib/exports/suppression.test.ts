import { describe, expect, it } from 'vitest';
import { isSuppressed, suppressColumns, suppressCount, suppressionFootnote, thresholdFromParam } from './suppression';

describe('small numbers suppression', () => {
	it('suppresses counts from 1 to 4 by default, keeping zero and 5 upwards', () => {
		expect([0, 1, 4, 5, 12].map((n) => suppressCount(n))).toEqual([0, '[c]', '[c]', 5, 12]);
		expect(isSuppressed(4.9)).toBe(true);
		expect(isSuppressed('3')).toBe(false);
		expect(isSuppressed(null)).toBe(false);
	});

	it('follows a threshold the user sets, and says so in the footnote', () => {
		expect([3, 9, 10].map((n) => suppressCount(n, 10))).toEqual(['[c]', '[c]', 10]);
		expect(suppressCount(1, 1)).toBe(1);
		expect(suppressionFootnote()).toBe('[c] fewer than 5: suppressed to protect individuals');
		expect(suppressionFootnote(10)).toBe('[c] fewer than 10: suppressed to protect individuals');
	});

	it('touches only the columns the caller names as counts, never money or percentages', () => {
		const header = ['Suite', 'Detainees seen', 'Cost (£)', 'Seen (%)'];
		const rows = [
			['Euston Street', 3, 2, 4],
			['Keyham Lane', 40, 1.5, 75]
		];
		const { rows: safe, suppressed } = suppressColumns(header, rows, ['Detainees seen']);
		// By hand: only Euston Street's 3 detainees is a count below 5; £2 and 4% stay.
		expect(safe).toEqual([
			['Euston Street', '[c]', 2, 4],
			['Keyham Lane', 40, 1.5, 75]
		]);
		expect(suppressed).toBe(1);
	});

	it('refuses a count column that is not in the table, rather than publish its small numbers', () => {
		expect(() => suppressColumns(['Suite', 'Seen'], [['A', 1]], ['Detainees seen'])).toThrow('No column "Detainees seen"');
	});

	it('reads the threshold from the URL, falling back to 5 for anything else', () => {
		expect([null, '', '10', '1', '100', '0', '101', '-3', '2.5', 'x'].map(thresholdFromParam)).toEqual([5, 5, 10, 1, 100, 5, 5, 5, 5, 5]);
	});
});
