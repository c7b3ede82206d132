import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { rowsOf } from '$lib/database/arrow-rows';
import { crimeCounts, crimeInView, outsideLlr, type CrimeCounts } from './crime-in-view';

const llr = 'Leicestershire Police';
const counts = (rows: [month: string, district: string, type: string, crimes: number][], force = rows.map(() => llr)): CrimeCounts =>
	crimeCounts(
		rows.map((row) => row[0]),
		force,
		rows.map((row) => row[1]),
		rows.map((row) => row[2]),
		rows.map((row) => row[3])
	);

const example = counts([
	['2023-03', 'Leicester', 'Burglary', 4],
	['2023-04', 'Leicester', 'Burglary', 2],
	['2023-04', 'Melton', 'Robbery', 2],
	['2023-04', outsideLlr, 'Burglary', 9],
	['2023-05', 'Blaby', 'Anti-social behaviour', 1],
	['2024-04', 'Leicester', 'Robbery', 7]
]);
const year2023 = { start: '2023-04-01', end: '2024-04-01' };

describe('crimeInView', () => {
	it('keeps the months whose first day is in the range, the end left out', () => {
		const { byMonth } = crimeInView(example, year2023, null, llr);
		expect(byMonth).toEqual([
			{ month: '2023-04', crime_type: 'Burglary', crimes: 11 },
			{ month: '2023-04', crime_type: 'Robbery', crimes: 2 },
			{ month: '2023-05', crime_type: 'Anti-social behaviour', crimes: 1 }
		]);
	});

	it('adds up types most first, ties by name, and areas most first with those outside LLR last', () => {
		const { byType, byDistrict } = crimeInView(example, year2023, null, llr);
		expect(byType).toEqual([
			{ crime_type: 'Burglary', crimes: 11 },
			{ crime_type: 'Robbery', crimes: 2 },
			{ crime_type: 'Anti-social behaviour', crimes: 1 }
		]);
		expect(byDistrict).toEqual([
			{ district: 'Leicester', crimes: 2 },
			{ district: 'Melton', crimes: 2 },
			{ district: 'Blaby', crimes: 1 },
			{ district: outsideLlr, crimes: 9 }
		]);
	});

	it('keeps one area only when one is chosen, and nothing when it has no records', () => {
		expect(crimeInView(example, year2023, 'Melton', llr).byType).toEqual([{ crime_type: 'Robbery', crimes: 2 }]);
		expect(crimeInView(example, year2023, 'Rutland', llr)).toEqual({ byType: [], byMonth: [], byDistrict: [] });
	});

	it("counts one force only: another force's records are never added to LLR's", () => {
		const rows: [string, string, string, number][] = [
			['2023-04', 'Leicester', 'Burglary', 2],
			['2023-04', outsideLlr, 'Burglary', 30]
		];
		const mixed = counts(rows, [llr, 'Lancashire Constabulary']);
		expect(crimeInView(mixed, year2023, null, llr).byType).toEqual([{ crime_type: 'Burglary', crimes: 2 }]);
		expect(crimeInView(mixed, year2023, null, 'Lancashire Constabulary').byDistrict).toEqual([{ district: outsideLlr, crimes: 30 }]);
	});
});

// The same figures as SQL gives them, from the query the view ran on every filter change before the
// counts were sliced in the page: GROUPING SETS over the rows in the period and area.
describe('crimeInView against DuckDB', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await openNodeDatabase();
	});
	afterAll(() => db.close());

	const months = ['2022-12', '2023-01', '2023-03', '2023-04', '2023-12', '2024-01'];
	const districts = ['Blaby', 'Leicester', 'Melton', outsideLlr];
	const types = ['Burglary', 'Robbery', 'Drugs'];
	const row = fc.tuple(fc.constantFrom(...months), fc.constantFrom(...districts), fc.constantFrom(...types), fc.integer({ min: 1, max: 50 }));
	const day = fc.constantFrom('2022-11-01', '2023-01-01', '2023-02-15', '2023-04-01', '2024-01-01', '2024-02-01');

	it('matches SQL for any counts, period and area', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(row, { maxLength: 40 }), day, day, fc.option(fc.constantFrom(...districts), { nil: null }), async (rows, a, b, area) => {
				const range = a <= b ? { start: a, end: b } : { start: b, end: a };
				const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
				const sql = `WITH counts(month, district, crime_type, crimes) AS (${rows.length ? `VALUES ${values}` : 'SELECT NULL, NULL, NULL, NULL WHERE false'}),
				in_view AS (SELECT * FROM counts WHERE CAST(month || '-01' AS DATE) >= CAST(? AS DATE) AND CAST(month || '-01' AS DATE) < CAST(? AS DATE) AND (CAST(? AS VARCHAR) IS NULL OR district = ?))
				SELECT CASE WHEN grouping(district) = 0 THEN 'area' WHEN grouping(month) = 0 THEN 'month' ELSE 'type' END AS part,
				  month, crime_type, district, CAST(sum(crimes) AS INTEGER) AS crimes
				FROM in_view GROUP BY GROUPING SETS ((crime_type), (month, crime_type), (district))`;
				const sqlRows = rowsOf<{ part: string; month: string | null; crime_type: string | null; district: string | null; crimes: number }>(
					await db.query(sql, [...rows.flat(), range.start, range.end, area, area])
				);
				const sliced = crimeInView(counts(rows), range, area, llr);
				const sorted = <T>(list: T[]) => list.map((item) => JSON.stringify(item)).sort();
				expect(sorted(sliced.byType)).toEqual(sorted(sqlRows.filter((r) => r.part === 'type').map((r) => ({ crime_type: r.crime_type, crimes: r.crimes }))));
				expect(sorted(sliced.byMonth)).toEqual(sorted(sqlRows.filter((r) => r.part === 'month').map((r) => ({ month: r.month, crime_type: r.crime_type, crimes: r.crimes }))));
				expect(sorted(sliced.byDistrict)).toEqual(sorted(sqlRows.filter((r) => r.part === 'area').map((r) => ({ district: r.district, crimes: r.crimes }))));
			}),
			{ numRuns: 60, seed: 20261123 }
		);
	});
});
