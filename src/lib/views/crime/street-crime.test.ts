import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFromRows, exampleRow, type CsvRow } from '$lib/contracts/fixtures';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract, loadRows } from '$lib/datasets/load-extract';
import { filtersFromUrl, type ViewFilters } from '$lib/filters/view-filters';
import { crimeBeforeAfter, crimeByDistrict, crimeByMonth, crimeByType, crimeInView, monthStart, outsideLlr, streetCrimeHolding } from './street-crime';
import { loadCrimeView } from './street-crime-view';

const filters = (query: string): ViewFilters => filtersFromUrl(new URLSearchParams(query));
const record = (month: string, lsoa: string, type: string): CsvRow => ({
	...exampleRow(streetCrime),
	Month: month,
	'LSOA name': lsoa,
	'Crime type': type,
	...(lsoa === '' ? { Longitude: '', Latitude: '', Location: 'No location', 'LSOA code': '' } : {})
});
const asb = 'Anti-social behaviour';
const neighbourhoodCrime = ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft'];

// Sixteen records. Numbered in the comments below that work out the figures.
const fixture = [
	record('2023-09', 'Oadby and Wigston 001A', 'Burglary'), // 1
	record('2023-09', 'Oadby and Wigston 001A', 'Burglary'), // 2
	record('2023-09', 'Melton 003B', asb), // 3
	record('2023-09', 'Leicester 012C', 'Burglary'), // 4
	record('2023-09', 'Nottingham 001A', 'Burglary'), // 5: over the border
	record('2023-09', '', 'Other theft'), // 6: no location
	record('2023-10', 'Oadby and Wigston 002B', 'Burglary'), // 7
	record('2023-10', 'Oadby and Wigston 001A', 'Robbery'), // 8
	record('2023-10', 'Leicester 012C', 'Burglary'), // 9
	record('2023-10', 'Leicester 012C', 'Burglary'), // 10
	record('2023-10', 'Leicester 012C', 'Burglary'), // 11
	record('2023-10', 'Melton 003B', asb), // 12
	record('2023-10', 'Melton 003B', asb), // 13
	record('2023-10', 'Kettering 005B', 'Vehicle crime'), // 14: over the border
	record('2023-12', 'North West Leicestershire 010D', 'Shoplifting'), // 15; November not loaded
	record('2024-04', 'Blaby 004A', 'Burglary') // 16: 2024/25
];

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
	expect((await loadExtract(db, streetCrime, 'fixture.csv', csvFromRows(streetCrime, fixture))).problems).toEqual([]);
});
afterEach(() => db.close());

describe('street-level crime by type, month and area, on a hand-checked fixture', () => {
	it('counts every record by type, most first', async () => {
		// Burglary: 1, 2, 4, 5, 7, 9, 10, 11, 16 = 9. ASB: 3, 12, 13 = 3. One each of the rest, by name.
		expect((await crimeByType(db, filters(''))).map((r) => [r.crime_type, r.crimes])).toEqual([
			['Burglary', 9],
			[asb, 3],
			['Other theft', 1],
			['Robbery', 1],
			['Shoplifting', 1],
			['Vehicle crime', 1]
		]);
	});

	it('takes the area from the LSOA name, with over-the-border and blank LSOAs outside LLR, listed last', async () => {
		// Leicester 4, 9, 10, 11; Oadby and Wigston 1, 2, 7, 8; Melton 3, 12, 13; Blaby 16; NW Leicestershire 15;
		// outside: Nottingham (5), no location (6), Kettering (14).
		expect((await crimeByDistrict(db, filters(''))).map((r) => [r.district, r.crimes])).toEqual([
			['Leicester', 4],
			['Oadby and Wigston', 4],
			['Melton', 3],
			['Blaby', 1],
			['North West Leicestershire', 1],
			[outsideLlr, 3]
		]);
	});

	it('honours the period (by Month) and the area', async () => {
		// 2023/24 is April 2023 to March 2024: all but 16, so 15 records, 8 of them burglary.
		const year = await crimeByType(db, filters('period=2023%2F24'));
		expect(year.reduce((sum, r) => sum + r.crimes, 0)).toBe(15);
		expect(year[0]).toEqual({ crime_type: 'Burglary', crimes: 8 });
		// October 2023 in Oadby and Wigston: 7 and 8.
		expect(await crimeByType(db, filters('period=2023-10&area=Oadby+and+Wigston'))).toEqual([
			{ crime_type: 'Burglary', crimes: 1 },
			{ crime_type: 'Robbery', crimes: 1 }
		]);
		// Leicester in 2023/24: 4 in September, 9-11 in October.
		expect(await crimeByMonth(db, filters('period=2023%2F24&area=Leicester'))).toEqual([
			{ month: '2023-09', crime_type: 'Burglary', crimes: 1 },
			{ month: '2023-10', crime_type: 'Burglary', crimes: 3 }
		]);
		expect(await crimeByDistrict(db, filters('period=2024%2F25&area=Melton'))).toEqual([]);
	});

	it('gives the view and its series one slice for one choice of filters, and a new one when a filter changes', async () => {
		// As the Crime view asks: with the dataset's version, so the counts are fetched once for it.
		const version = 1;
		const year = await crimeInView(db, filters('period=2023%2F24'), version);
		// The second ask for the same filters (the judged series, at once) is given the same slice, not a recount.
		expect(await crimeInView(db, filters('period=2023%2F24'), version)).toBe(year);
		// Another area is sliced again, with its own figures: Leicester in 2023/24 is 4 and 9-11, all burglary.
		const leicester = await crimeInView(db, filters('period=2023%2F24&area=Leicester'), version);
		expect(leicester).not.toBe(year);
		expect(leicester.byType).toEqual([{ crime_type: 'Burglary', crimes: 4 }]);
		// Another force: none of its records are loaded, so nothing, never Leicestershire's slice again.
		expect((await crimeInView(db, filters('period=2023%2F24&area=Leicester'), version, 'Lancashire Constabulary')).byType).toEqual([]);
		// Back to the year: its figures again (8 of its 15 records burglary).
		const again = await crimeInView(db, filters('period=2023%2F24'), version);
		expect(again.byType.reduce((sum, row) => sum + row.crimes, 0)).toBe(15);
		expect(again.byType[0]).toEqual({ crime_type: 'Burglary', crimes: 8 });
	});

	it('holds nothing, and no missing month, before any file is loaded', async () => {
		// As the Data page starts a dataset with nothing embedded: an empty table of the contract's types.
		const empty = await openNodeDatabase();
		try {
			await loadRows(empty, streetCrime, `${streetCrime.columns.map((column) => column.name).join(',')}\n`, 0, 'replace');
			expect(await streetCrimeHolding(empty)).toEqual({
				force: 'Leicestershire Police',
				records: 0,
				firstMonth: null,
				lastMonth: null,
				months: 0,
				missingMonths: [],
				illustrativeRecords: 0
			});
			const view = await loadCrimeView(empty, filters(''));
			expect([view.span, view.byType]).toEqual([null, []]);
		} finally {
			empty.close();
		}
	});

	it('says what the files hold, whatever the filters', async () => {
		expect(await streetCrimeHolding(db)).toEqual({
			force: 'Leicestershire Police',
			records: 16,
			firstMonth: '2023-09',
			lastMonth: '2024-04',
			months: 4,
			// Loaded: September, October and December 2023, April 2024.
			missingMonths: ['2023-11', '2024-01', '2024-02', '2024-03'],
			illustrativeRecords: 0
		});
		expect((await loadCrimeView(db, filters('area=Rutland'))).span).toEqual({ first: '2023-09-01', last: '2024-04-30' });
	});
});

describe('before and after a start month, against the rest of LLR', () => {
	it('counts the area and the other eight areas each month, and leaves months not loaded blank', async () => {
		const result = await crimeBeforeAfter(db, { types: neighbourhoodCrime, district: 'Oadby and Wigston', startMonth: '2023-10', months: 2 });
		// August and November 2023 are not in the files. September: area 1 + 2 = 2, rest 4 = 1 (5 is over the
		// border; 6 is other theft). October: area 7 + 8 = 2, rest 9-11 = 3 (14 is over the border).
		expect(result.rows).toEqual([
			{ month: '2023-08', phase: 'before', held: false, area_crimes: null, rest_crimes: null },
			{ month: '2023-09', phase: 'before', held: true, area_crimes: 2, rest_crimes: 1 },
			{ month: '2023-10', phase: 'after', held: true, area_crimes: 2, rest_crimes: 3 },
			{ month: '2023-11', phase: 'after', held: false, area_crimes: null, rest_crimes: null }
		]);
		// One month each side: area 2 → 2 a month (no change); rest 1 → 3 (+200%).
		expect(result.before).toEqual({ monthsHeld: 1, areaCrimes: 2, restCrimes: 1, areaAverage: 2, restAverage: 1 });
		expect(result.after).toEqual({ monthsHeld: 1, areaCrimes: 2, restCrimes: 3, areaAverage: 2, restAverage: 3 });
		expect([result.areaChange, result.restChange]).toEqual([0, 200]);
	});

	it('averages over the months loaded, so a missing month is not read as a fall', async () => {
		// Three months either side: July to December 2023. After: October (2; 3) and December (0; 0), November
		// not loaded: area 2 / 2 = 1 a month against 2 before (−50%); rest 3 / 2 = 1.5 against 1 (+50%).
		const result = await crimeBeforeAfter(db, { types: neighbourhoodCrime, district: 'Oadby and Wigston', startMonth: '2023-10', months: 3 });
		expect(result.rows.map((r) => r.held)).toEqual([false, false, true, true, false, true]);
		expect(result.after).toMatchObject({ monthsHeld: 2, areaAverage: 1, restAverage: 1.5 });
		expect([result.areaChange, result.restChange]).toEqual([-50, 50]);
	});

	it('gives no change where there was nothing before', async () => {
		// Melton ASB: 3 before, 12 and 13 after (+100%); no ASB anywhere else, so the rest has no change to give.
		const result = await crimeBeforeAfter(db, { types: [asb], district: 'Melton', startMonth: '2023-10', months: 1 });
		expect(result.rows.map((r) => [r.month, r.area_crimes, r.rest_crimes])).toEqual([
			['2023-09', 1, 0],
			['2023-10', 2, 0]
		]);
		expect([result.areaChange, result.restChange]).toEqual([100, null]);
	});

	it('refuses a question it cannot ask safely', async () => {
		await expect(crimeBeforeAfter(db, { types: ['a|b'], district: 'Melton', startMonth: '2023-10', months: 1 })).rejects.toThrow();
		await expect(crimeBeforeAfter(db, { types: [asb], district: 'Melton', startMonth: 'October', months: 1 })).rejects.toThrow();
		expect([monthStart('2023-10', -12), monthStart('2023-01', -1), monthStart('2023-12', 1)]).toEqual(['2022-10-01', '2022-12-01', '2024-01-01']);
	});
});
