import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, safeCsv } from './csv-cells';

describe('CSV exports', () => {
	it('escapes cells that a spreadsheet would run as a formula', () => {
		expect(escapeFormula('=SUM(A1:A2)')).toBe("'=SUM(A1:A2)");
		expect(escapeFormula('+44 116')).toBe("'+44 116");
		expect(escapeFormula('-1')).toBe("'-1");
		expect(escapeFormula('@cmd')).toBe("'@cmd");
		expect(escapeFormula('Melton')).toBe('Melton');
	});

	it('keeps numbers as numbers and round-trips text with commas, quotes and line breaks', () => {
		const csv = safeCsv(
			['place', 'count'],
			[
				['Oadby, "Wigston"\nnorth', 3],
				['=1+1', -2]
			]
		);
		const back = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
		expect(back).toEqual([
			['place', 'count'],
			['Oadby, "Wigston"\nnorth', '3'],
			["'=1+1", '-2']
		]);
	});
});
