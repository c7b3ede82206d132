import { describe, expect, it } from 'vitest';
import { districtBars, monthlyTypes, shareRows, typeBars } from './street-crime-charts';

describe('street-crime charts', () => {
	it('labels each type with its count and share, and gives ASB its own colour group', () => {
		// 30 + 10 = 40: 75% and 25%.
		expect(
			typeBars([
				{ crime_type: 'Violence and sexual offences', crimes: 30 },
				{ crime_type: 'Anti-social behaviour', crimes: 10 }
			])
		).toEqual([
			{ key: 'Violence and sexual offences', label: 'Violence and sexual offences', value: 30, valueLabel: '30 (75.0%)', group: 0 },
			{ key: 'Anti-social behaviour', label: 'Anti-social behaviour', value: 10, valueLabel: '10 (25.0%)', group: 1 }
		]);
		expect(districtBars([{ district: 'Melton', crimes: 1234 }])[0]?.valueLabel).toBe('1,234 (100.0%)');
		expect(
			shareRows([
				{ name: 'a', crimes: 1 },
				{ name: 'b', crimes: 3 }
			]).map((r) => r.share)
		).toEqual([25, 75]);
	});

	it('draws the most common types over the months in view, with a zero where a loaded month has none', () => {
		const rows = [
			{ month: '2023-09', crime_type: 'Burglary', crimes: 5 },
			{ month: '2023-09', crime_type: 'Drugs', crimes: 1 },
			{ month: '2023-09', crime_type: 'Robbery', crimes: 2 },
			{ month: '2023-10', crime_type: 'Robbery', crimes: 4 }
		];
		// Totals: Robbery 6, Burglary 5, Drugs 1: the top two are Robbery then Burglary; October has no burglary.
		const shaped = monthlyTypes(rows, 2);
		expect(shaped.types).toEqual(['Robbery', 'Burglary']);
		expect(shaped.periods).toEqual(['Sep 23', 'Oct 23']);
		expect(shaped.series.map((s) => [s.label, s.values])).toEqual([
			['Robbery', [2, 4]],
			['Burglary', [5, 0]]
		]);
		expect(shaped.rows).toEqual([
			{ month: 'September 2023', type0: 2, type1: 5, all: 8 },
			{ month: 'October 2023', type0: 4, type1: 0, all: 4 }
		]);
	});
});
