import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween } from '../../../../scripts/generate-street-crime.js';
import { csvFromRows, type CsvRow } from '$lib/contracts/fixtures';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { llrForce } from '$lib/datasets/police-uk-files';
import { noPoliceUkFixtures, policeUkFixtures } from '$lib/datasets/police-uk-fixtures';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { roundFiveRebase } from '$lib/spc/safer-streets-round-five';
import { judgeView } from '$lib/spc/judge-views';
import { crimeView } from './definition';
import { crimeSeries, crimeSeriesFor } from './series';

const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));
const fixtures = policeUkFixtures();
const parse = (text: string) => Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const realFile = (file: string) => (fixtures === undefined ? [] : parse(readFileSync(`${fixtures}/${file}`, 'utf8')));

/** Records per month of the rows given (of some crime types, or all), counted row by row, oldest month first. */
function monthlyCounts(rows: readonly CsvRow[], keep: (row: CsvRow) => boolean = () => true): [string, number][] {
	const counts = new Map<string, number>();
	for (const row of rows) if (keep(row)) counts.set(row['Month']!, (counts.get(row['Month']!) ?? 0) + 1);
	return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}

let db: NodeDatabase | undefined;
afterEach(() => db?.close());

async function loaded(rows: readonly CsvRow[]): Promise<NodeDatabase> {
	db = await openNodeDatabase();
	expect((await loadExtract(db, streetCrime, 'street.csv', csvFromRows(streetCrime, rows))).problems).toEqual([]);
	return db;
}

describe.skipIf(fixtures === undefined)(`the Crime view's series on the real police.uk files (skipped where ${noPoliceUkFixtures})`, () => {
	// Four Leicestershire months, December 2019 then August to October 2022 (January 2020 to July 2022 not
	// loaded), and Lancashire's October 2022, which is never in Leicestershire's figures.
	const leicestershire = ['2019-12', '2022-08', '2022-09', '2022-10'].flatMap((month) => realFile(`${month}-leicestershire-street.csv`));
	const lancashire = realFile('2022-10-lancashire-street.csv');
	let real: NodeDatabase;
	beforeAll(async () => {
		real = await openNodeDatabase();
		expect((await loadExtract(real, streetCrime, 'street.csv', csvFromRows(streetCrime, [...leicestershire, ...lancashire]))).problems).toEqual([]);
	});
	afterAll(() => real?.close());

	it('counts each loaded month, in total and for the four most common types, and leaves the missing months out', async () => {
		const series = await crimeSeries(real, filters(''));
		const total = series.find((one) => one.definition.id === 'crime-total')!;
		const ours = leicestershire.filter((row) => row['Falls within'] === llrForce);
		expect(total.points.map((point) => [point.period, point.value])).toEqual(monthlyCounts(ours));
		// Missing, not zero: the thirty-one months between are not points at all.
		expect(total.points).toHaveLength(4);
		expect(total.definition).toMatchObject({
			measure: 'Crime and anti-social behaviour recorded by Leicestershire Police',
			improvement: 'lower',
			unit: 'month',
			valueKind: 'count'
		});
		expect(total.illustrative).toBe(false);
		expect(total.sourceLines?.[0]).toMatch(/^police\.uk street-level crime, Leicestershire Police, December 2019 to October 2022/);

		const byType = new Map<string, number>();
		for (const row of ours) byType.set(row['Crime type']!, (byType.get(row['Crime type']!) ?? 0) + 1);
		const topFour = [...byType]
			.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
			.slice(0, 4)
			.map(([type]) => type);
		expect(series.slice(1).map((one) => one.definition.measure)).toEqual(topFour.map((type) => `${type} recorded by Leicestershire Police`));
		for (const [index, type] of topFour.entries()) {
			expect(series[index + 1]!.points.map((point) => [point.period, point.value])).toEqual(monthlyCounts(ours, (row) => row['Crime type'] === type));
		}
	});

	it('honours the period and the area as the view does, and judges too few months as having no limits', async () => {
		const database = real;
		const [total] = await crimeSeries(database, filters('period=2022%2F23&area=Melton'));
		const melton = leicestershire.filter((row) => (row['LSOA name'] ?? '').startsWith('Melton ') && row['Month']! >= '2022-04');
		expect(total!.points.map((point) => [point.period, point.value])).toEqual(monthlyCounts(melton));
		expect(total!.definition.measure).toBe('Crime and anti-social behaviour recorded in Melton');
		const [judged] = await judgeView(database, crimeView, filters('period=2022%2F23&area=Melton'));
		expect(judged!.analysis.segments[0]!.state).toBe('none');
	});

	it('judges the months loaded as they fall: no moving range or run across the thirty-one months with no file, and says so', async () => {
		const judged = await judgeView(real, crimeView, filters(''));
		const total = judged.find((one) => one.definition.id === 'crime-total')!;
		expect(total.analysis.points.map((point) => [point.period, point.afterGap ?? false])).toEqual([
			['2019-12', false],
			['2022-08', true],
			['2022-09', false],
			['2022-10', false]
		]);
		const [december, august] = total.analysis.points;
		expect(total.findings).toContain(
			`No figures for the months between ${december!.label} and ${august!.label}: the line is broken there, and the change across the gap is not counted as month-to-month noise or as part of a run.`
		);
	});

	it("gives another force's records without the area filter, never added to Leicestershire's", async () => {
		const [total] = await crimeSeriesFor({ force: 'Lancashire Constabulary' })(real, filters('area=Melton'));
		expect(total!.points.map((point) => [point.period, point.value])).toEqual(monthlyCounts(lancashire));
		expect(total!.definition.rebases).toBeUndefined();
	});
});

describe("the Crime view's series on generated police.uk-shaped files", () => {
	// Twenty-one months either side of October 2023, with March 2023 left out.
	const months = monthsBetween('2022-07', '2024-09').filter((month) => month !== '2023-03');
	const generated = generateStreetCrime({ months, rowsPerMonth: 300 }).flatMap((file) => parse(file.text));

	it('counts every loaded month, gives a type a true zero in a loaded month without it, and is marked illustrative', async () => {
		const series = await crimeSeries(await loaded(generated), filters('area=Rutland'));
		const rutland = generated.filter((row) => (row['LSOA name'] ?? '').startsWith('Rutland '));
		for (const one of series) {
			const type = one.definition.id === 'crime-total' ? null : rutland.find((row) => one.definition.measure.startsWith(`${row['Crime type']} recorded`))?.['Crime type'];
			const expected = new Map(monthlyCounts(rutland, (row) => type === null || row['Crime type'] === type));
			expect(one.points.map((point) => point.period)).toEqual(months);
			expect(one.points.map((point) => point.value)).toEqual(months.map((month) => expected.get(month) ?? 0));
		}
		// Rutland has few records a month, so some loaded months have none of a type: a zero, not a gap.
		expect(series.some((one) => one.points.some((point) => point.value === 0))).toBe(true);
		expect(series[0]!.illustrative).toBe(true);
		expect(series[0]!.sourceLines).toContain('Illustrative sample: records generated for testing (scripts/generate-street-crime.js), not police.uk data');
		// March 2023 is not loaded: April 2023 follows a gap, and no other month does.
		const [judged] = await judgeView(db!, crimeView, filters('area=Rutland'));
		expect(judged!.analysis.points.filter((point) => point.afterGap).map((point) => point.period)).toEqual(['2023-04']);
		expect(judged!.analysis.points.filter((point) => point.movingRange === null).map((point) => point.period)).toEqual(['2022-07', '2023-04']);
	});

	it('re-bases crime in a Safer Streets area at the start of Round 5, with its reason, and not elsewhere', async () => {
		const database = await loaded(generated);
		const judged = await judgeView(database, crimeView, filters('area=Oadby+and+Wigston'));
		const total = judged.find((one) => one.definition.id === 'crime-total')!;
		expect(total.analysis.segments.map((segment) => [segment.fromLabel, segment.reason, segment.count])).toEqual([
			['July 2022', null, months.filter((month) => month < '2023-10').length],
			['October 2023', roundFiveRebase.reason, months.filter((month) => month >= '2023-10').length]
		]);
		// Types the bid targeted are re-based; a type it did not target keeps one set of limits.
		const burglary = judged.find((one) => one.definition.id === 'crime-type-burglary');
		if (burglary) expect(burglary.analysis.segments).toHaveLength(2);
		const violence = judged.find((one) => one.definition.id === 'crime-type-violence-and-sexual-offences')!;
		expect(violence.analysis.segments).toHaveLength(1);
		// Invented figures: drawn, never judged.
		expect(judged.every((one) => one.analysis.illustrative && !one.noteworthy)).toBe(true);

		const llr = await judgeView(database, crimeView, filters(''));
		expect(llr.every((one) => one.analysis.segments.length === 1)).toBe(true);
	});

	it('has no series when nothing is loaded in the period', async () => {
		expect(await crimeSeries(await loaded(generated), filters('period=2019%2F20'))).toEqual([]);
	});
});
