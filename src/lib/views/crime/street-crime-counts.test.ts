import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween } from '../../../../scripts/generate-street-crime.js';
import { csvFromRows, type CsvRow } from '$lib/contracts/fixtures';
import { streetCrime } from '$lib/contracts/street-crime';
import type { Database } from '$lib/database/database';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadRows } from '$lib/datasets/load-extract';
import { llrForce } from '$lib/datasets/police-uk-files';
import { areas } from '$lib/filters/areas';
import { filterParams, filtersFromUrl } from '$lib/filters/view-filters';
import { crimeBeforeAfter, monthStart, outsideLlr, type StreetCrimeHolding } from './street-crime';
import { loadCrimeView, type CrimeView } from './street-crime-view';

/*
 * The Crime view's measures read a small table of counts built from the
 * loaded records, not the records themselves. These tests hold the counts to
 * the records: every figure is worked out here, record by record in plain
 * TypeScript, from the generated files, and must equal what the measures give.
 */

// Fourteen generated months (police.uk-shaped: ASB with a blank Crime ID, "No location" rows, LSOAs over
// the border), with November 2023 left out so there is a month missing, plus a few rows of our own.
const lancashire = 'Lancashire Constabulary';
const months = monthsBetween('2023-01', '2024-03').filter((month) => month !== '2023-11');
const generated: CsvRow[] = generateStreetCrime({ months, rowsPerMonth: 400 }).flatMap(
	(file) => Papa.parse<CsvRow>(file.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
);
const ours: CsvRow[] = [
	// Real police.uk rows carry no "Illustrative sample" Context, and a neighbouring force can report one.
	{ ...generated[0]!, 'Reported by': 'Nottinghamshire Police', Context: '' },
	{ ...generated[1]!, Context: '', 'LSOA name': 'Rutland 001A', 'Crime type': 'Bicycle theft' },
	// A name that only starts like an LLR area is not in it.
	{ ...generated[2]!, 'LSOA name': 'Leicester Forest East 001A' },
	// Another force's records, one in the month no Leicestershire file covers: never in LLR's figures.
	{ ...generated[3]!, 'Reported by': lancashire, 'Falls within': lancashire, 'LSOA name': 'Preston 001A', Month: '2023-11' },
	{ ...generated[4]!, 'Reported by': lancashire, 'Falls within': lancashire, 'LSOA name': 'Melton 003B', Month: '2023-10' }
];
const records = [...generated, ...ours];

/** The area of one record, worked out independently of the SQL. */
function areaOf(row: CsvRow): string {
	const name = (row['LSOA name'] ?? '').replace(/ \d{3}[A-Z]$/, '');
	return (areas as readonly string[]).includes(name) ? name : outsideLlr;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const tally = (rows: readonly CsvRow[], key: (row: CsvRow) => string) => {
	const counts = new Map<string, number>();
	for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
	return [...counts];
};

/** What the Crime view should show for `query` and one force, counted record by record. */
function expectedView(rows: readonly CsvRow[], query: string, force = llrForce): Pick<CrimeView, 'byType' | 'byMonth' | 'byDistrict'> {
	// The dates a period means are the filters' business, tested with them; here they only choose records.
	const [start, end, area] = filterParams(filtersFromUrl(new URLSearchParams(query)));
	const inView = rows.filter((row) => {
		const first = `${row['Month']}-01`;
		return row['Falls within'] === force && first >= start && first < end && (!area || areaOf(row) === area);
	});
	return {
		byType: tally(inView, (row) => row['Crime type'] ?? '')
			.sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
			.map(([crime_type, crimes]) => ({ crime_type, crimes })),
		byMonth: tally(inView, (row) => `${row['Month']}|${row['Crime type']}`)
			.sort((a, b) => byCodeUnits(a[0], b[0]))
			.map(([key, crimes]) => ({ month: key.split('|')[0]!, crime_type: key.split('|')[1]!, crimes })),
		byDistrict: tally(inView, areaOf)
			.sort((a, b) => Number(a[0] === outsideLlr) - Number(b[0] === outsideLlr) || b[1] - a[1] || byCodeUnits(a[0], b[0]))
			.map(([district, crimes]) => ({ district, crimes }))
	};
}

/** What the files hold for one force, counted record by record. */
function expectedHolding(all: readonly CsvRow[], force = llrForce): StreetCrimeHolding {
	const rows = all.filter((row) => row['Falls within'] === force);
	const held = [...new Set(rows.map((row) => row['Month'] ?? ''))].sort();
	const first = held[0] ?? null;
	const last = held.at(-1) ?? null;
	const missing: string[] = [];
	for (let offset = 0; first && last && monthStart(first, offset) <= monthStart(last); offset++) {
		const month = monthStart(first, offset).slice(0, 7);
		if (!held.includes(month)) missing.push(month);
	}
	return {
		force,
		records: rows.length,
		firstMonth: first,
		lastMonth: last,
		months: held.length,
		missingMonths: missing,
		illustrativeRecords: rows.filter((row) => (row['Context'] ?? '').startsWith('Illustrative sample')).length
	};
}

// Every kind of filter: all, a year, a quarter, a month, each area alone, and a period in an area.
const queries = [
	'',
	'period=2023%2F24',
	'period=2023%2F24-Q3',
	'period=2023-10',
	...areas.map((area) => `area=${encodeURIComponent(area)}`),
	'period=2022%2F23&area=Melton',
	'period=2023%2F24-Q4&area=Oadby+and+Wigston'
];

async function expectSameFigures(db: NodeDatabase, rows: readonly CsvRow[], version?: number): Promise<void> {
	for (const query of queries) {
		const view = await loadCrimeView(db, filtersFromUrl(new URLSearchParams(query)), version);
		expect({ query, byType: view.byType, byMonth: view.byMonth, byDistrict: view.byDistrict }).toEqual({ query, ...expectedView(rows, query) });
		expect(view.holding).toEqual(expectedHolding(rows));
	}
	// Every force loaded is offered, and another force's figures are its records alone.
	const forces = [...new Set(rows.map((row) => row['Falls within'] ?? ''))];
	for (const force of forces) {
		const view = await loadCrimeView(db, filtersFromUrl(new URLSearchParams('')), version, force);
		expect({ force, byType: view.byType, byMonth: view.byMonth, byDistrict: view.byDistrict }).toEqual({ force, ...expectedView(rows, '', force) });
		expect(view.holding).toEqual(expectedHolding(rows, force));
		expect(view.forces).toContainEqual({ force, records: rows.filter((row) => row['Falls within'] === force).length });
	}
}

const load = (db: NodeDatabase, rows: readonly CsvRow[], mode: 'replace' | 'append') => loadRows(db, streetCrime, csvFromRows(streetCrime, rows), rows.length, mode);

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

describe('the Crime view counts the same from its counts table as from the records', () => {
	it('uses a fixture with the awkward records police.uk files hold', () => {
		// Otherwise the tests below would prove nothing about them.
		expect(records.some((row) => row['Location'] === 'No location' && row['LSOA name'] === '')).toBe(true);
		expect(records.some((row) => row['LSOA name'] !== '' && areaOf(row) === outsideLlr)).toBe(true);
		expect(records.some((row) => row['Crime type'] === 'Anti-social behaviour' && row['Crime ID'] === '')).toBe(true);
		expect(new Set(records.map((row) => row['Reported by'])).size).toBe(3);
		expect(new Set(records.map((row) => row['Falls within']))).toEqual(new Set([llrForce, lancashire]));
	});

	it('gives every figure of the view, for every kind of filter, as counting the records does', async () => {
		await load(db, records, 'replace');
		await expectSameFigures(db, records);
	});

	it('compares the Safer Streets areas before and after as counting the records does', async () => {
		await load(db, records, 'replace');
		const window = Array.from({ length: 12 }, (_, offset) => monthStart('2023-10', offset - 6).slice(0, 7));
		// Leicestershire's records only: Lancashire's November 2023 does not make it a month held.
		const llr = records.filter((row) => row['Falls within'] === llrForce);
		const held = new Set(llr.map((row) => row['Month']));
		expect(held.has('2023-11')).toBe(false);
		// The two Safer Streets bids' questions: neighbourhood crime in Oadby and Wigston, ASB in Melton.
		const questions = [
			{ district: 'Oadby and Wigston', types: ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft'] },
			{ district: 'Melton', types: ['Anti-social behaviour'] }
		];
		for (const { district, types } of questions) {
			const result = await crimeBeforeAfter(db, { types, district, startMonth: '2023-10', months: 6 });
			const count = (month: string, where: (area: string) => boolean) =>
				llr.filter((row) => row['Month'] === month && types.includes(row['Crime type'] ?? '') && where(areaOf(row))).length;
			expect(result.rows.map((row) => [row.month, row.area_crimes, row.rest_crimes])).toEqual(
				window.map((month) =>
					held.has(month) ? [month, count(month, (area) => area === district), count(month, (area) => area !== district && area !== outsideLlr)] : [month, null, null]
				)
			);
		}
	});

	it('counts again after files are added to what is loaded', async () => {
		const half = Math.floor(records.length / 2);
		await load(db, records.slice(0, half), 'replace');
		await expectSameFigures(db, records.slice(0, half));
		await load(db, records.slice(half), 'append');
		await expectSameFigures(db, records);
	});

	it('counts again after a file is loaded in place of the others, even one of the same length', async () => {
		await load(db, records, 'replace');
		await expectSameFigures(db, records);
		const others = records.map((row) => ({ ...row, 'Crime type': 'Drugs' }));
		await load(db, others, 'replace');
		await expectSameFigures(db, others);
	});

	it('counts again when the dataset version changes, whatever changed in the table', async () => {
		await load(db, records, 'replace');
		await expectSameFigures(db, records, 1);
		// A change that keeps the table and its length: only the registry's version says it happened.
		await db.query(`UPDATE street_crime SET "Crime type" = 'Drugs'`);
		await expectSameFigures(
			db,
			records.map((row) => ({ ...row, 'Crime type': 'Drugs' })),
			2
		);
	});

	it('answers a filter change with no query, once the version has been counted', async () => {
		await load(db, records, 'replace');
		const sent: string[] = [];
		const watched: Database = { ...db, query: (sql, params) => (sent.push(sql), db.query(sql, params)) };
		await loadCrimeView(watched, filtersFromUrl(new URLSearchParams('')), 1);
		sent.length = 0;
		const view = await loadCrimeView(watched, filtersFromUrl(new URLSearchParams('period=2023%2F24&area=Melton')), 1);
		// The first view fetched the counts by month, area and type; a change slices them in the page.
		expect(sent).toEqual([]);
		expect(view.byType).toEqual(expectedView(records, 'period=2023%2F24&area=Melton').byType);
	});

	it('counts again when a load on the same connection was rolled back and took the counts with it', async () => {
		await load(db, records, 'replace');
		// The counts are first built inside another load's transaction, which then fails.
		await db.query('BEGIN TRANSACTION');
		await loadCrimeView(db, filtersFromUrl(new URLSearchParams('')), 1);
		await db.query('ROLLBACK');
		await expectSameFigures(db, records, 1);
	});

	it('holds nothing before any file is loaded, then counts the first file', async () => {
		await load(db, [], 'replace');
		const empty = await loadCrimeView(db, filtersFromUrl(new URLSearchParams()));
		expect(empty.holding.records).toBe(0);
		expect(empty.span).toBeNull();
		await load(db, records, 'append');
		await expectSameFigures(db, records);
	});
});
