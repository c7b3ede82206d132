import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween } from '../../../../scripts/generate-street-crime.js';
import { csvFromRows, type CsvRow } from '$lib/contracts/fixtures';
import { saferStreets } from '$lib/contracts/safer-streets';
import { saferStreetsAwards } from '$lib/contracts/safer-streets-awards';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract, loadRows } from '$lib/datasets/load-extract';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { roundFiveRebase } from '$lib/spc/safer-streets-round-five';
import { judgeView } from '$lib/spc/judge-views';
import { saferStreetsView } from './definition';
import { saferStreetsSeries } from './series';

const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));
const parse = (text: string) => Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const spendText = readFileSync('data/safer-streets.csv', 'utf8');
const spendRows = parse(spendText);

/** Each quarter's spend as a % of its allocation, added up row by row from the extract's rows, in quarter order. */
function expectedShares(rows: readonly CsvRow[]): [string, number][] {
	const quarters = new Map<string, { allocated: number; spent: number }>();
	for (const row of rows) {
		const key = `${row['financial_year']} Q${row['quarter']}`;
		const sums = quarters.get(key) ?? { allocated: 0, spent: 0 };
		sums.allocated += Number(row['allocated_gbp']);
		sums.spent += Number(row['spent_gbp']);
		quarters.set(key, sums);
	}
	// "2023/24 Q3" sorts in time order as text: the year first, then the quarter of it.
	return [...quarters].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, sums]) => [label, (100 * sums.spent) / sums.allocated]);
}

let db: NodeDatabase | undefined;
afterEach(() => db?.close());

/** The embedded Safer Streets extracts, and the street-level rows given (none: an empty table, as before any upload). */
async function loaded(street: readonly CsvRow[] = [], spend = spendText): Promise<NodeDatabase> {
	db = await openNodeDatabase();
	expect((await loadExtract(db, saferStreetsAwards, 'awards.csv', readFileSync('data/safer-streets-awards.csv', 'utf8'))).problems).toEqual([]);
	expect((await loadExtract(db, saferStreets, 'spend.csv', spend)).problems).toEqual([]);
	// With no rows, the empty table the app makes before any upload.
	if (street.length === 0) await loadRows(db, streetCrime, `${streetCrime.columns.map((column) => column.name).join(',')}\n`, 0, 'replace');
	else expect((await loadExtract(db, streetCrime, 'street.csv', csvFromRows(streetCrime, street))).problems).toEqual([]);
	return db;
}

describe('Safer Streets spend against profile, on the embedded extracts', () => {
	it('gives each quarter the share of its allocation spent, as a percentage that should be higher, marked illustrative', async () => {
		const [spend, ...crimes] = await saferStreetsSeries(await loaded(), filters(''));
		expect(crimes).toEqual([]);
		expect(spend!.definition).toMatchObject({ unit: 'quarter', valueKind: 'percent', improvement: 'higher', rebases: [roundFiveRebase] });
		const expected = expectedShares(spendRows);
		expect(spend!.points.map((point) => point.label)).toEqual(expected.map(([label]) => label));
		spend!.points.forEach((point, index) => expect(point.value).toBeCloseTo(expected[index]![1], 9));
		expect(spend!.points[0]!.period).toBe('2023-10');
		expect(spend!.illustrative).toBe(true);
		expect(spend!.target).toBeNull();
		// Every citation the rows carry, once.
		const cited = new Set(spendRows.map((row) => `${row['source_document']}|${row['source_ref']}`));
		expect(spend!.citations.map((citation) => `${citation.source_document}|${citation.source_ref}`).sort()).toEqual([...cited].sort());
	});

	it('honours the period and the area as the view does', async () => {
		const [spend] = await saferStreetsSeries(await loaded(), filters('period=2024%2F25&area=Melton'));
		const expected = expectedShares(spendRows.filter((row) => row['district'] === 'Melton' && row['financial_year'] === '2024/25'));
		expect(spend!.points.map((point) => [point.label, Number(point.value.toFixed(9))])).toEqual(expected.map(([label, share]) => [label, Number(share.toFixed(9))]));
	});

	it('judges Round 5 alone as one period, with no signal as the figures are invented', async () => {
		const [spend] = await judgeView(await loaded(), saferStreetsView, filters(''));
		// The returns start with Round 5, so its re-basing has no earlier quarters to part from.
		expect(spend!.analysis.segments).toHaveLength(1);
		expect(spend!.noteworthy).toBe(false);
		expect(spend!.findings[0]).toMatch(/^Illustrative sample/);
	});

	it('re-bases at the start of Round 5 when an extract holds earlier quarters, with the reason', async () => {
		// An earlier round's quarters, before October 2023, in the same return.
		const earlier = ['1', '2'].flatMap((quarter) =>
			spendRows.filter((row) => row['financial_year'] === '2024/25' && row['quarter'] === quarter).map((row) => ({ ...row, financial_year: '2023/24' }))
		);
		const [spend] = await judgeView(await loaded([], csvFromRows(saferStreets, [...earlier, ...spendRows])), saferStreetsView, filters(''));
		expect(spend!.analysis.segments.map((segment) => [segment.fromLabel, segment.reason])).toEqual([
			['2023/24 Q1', null],
			['2023/24 Q3', roundFiveRebase.reason]
		]);
	});
});

describe('the crimes each Safer Streets area bid targeted, from street-level files', () => {
	const months = monthsBetween('2022-10', '2024-09');
	const street = generateStreetCrime({ months, rowsPerMonth: 300 }).flatMap((file) => parse(file.text));
	const targeted = (district: string, types: readonly string[]) =>
		street.filter((row) => (row['LSOA name'] ?? '').startsWith(`${district} `) && types.includes(row['Crime type']!));
	const monthly = (rows: readonly CsvRow[]) => months.map((month) => rows.filter((row) => row['Month'] === month).length);

	it('counts them month by month in their areas, whatever the period, each re-based at the start of Round 5', async () => {
		const judged = await judgeView(await loaded(street), saferStreetsView, filters('period=2024%2F25'));
		const [, oadby, melton] = judged;
		expect(oadby!.definition.measure).toBe('Burglary and neighbourhood crime in Oadby and Wigston');
		expect(oadby!.points.map((point) => point.value)).toEqual(
			monthly(targeted('Oadby and Wigston', ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft']))
		);
		expect(melton!.definition.measure).toBe('Anti-social behaviour in Melton');
		expect(melton!.points.map((point) => point.value)).toEqual(monthly(targeted('Melton', ['Anti-social behaviour'])));
		for (const series of [oadby!, melton!]) {
			expect(series.analysis.segments.map((segment) => [segment.fromLabel, segment.reason, segment.count])).toEqual([
				['October 2022', null, 12],
				['October 2023', roundFiveRebase.reason, 12]
			]);
			expect(series.illustrative).toBe(true);
		}
	});

	it("keeps only the area's own bid when an area is chosen", async () => {
		const series = await saferStreetsSeries(await loaded(street), filters('area=Melton'));
		expect(series.map((one) => one.definition.id)).toEqual(['safer-streets-spend-against-profile', 'safer-streets-crime-melton']);
	});
});
