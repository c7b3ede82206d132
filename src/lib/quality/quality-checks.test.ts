import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { noPoliceUkFixtures, policeUkFixtures } from '$lib/datasets/police-uk-fixtures';
import { contractById, contracts } from '$lib/contracts/registry';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { checkQuality } from './quality-checks';

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

const byName = (report: Awaited<ReturnType<typeof checkQuality>>, name: string) => report.checks.find((check) => check.name === name);

describe('checkQuality', () => {
	it('runs on every embedded extract, and finds no duplicates or broken reconciliations there', async () => {
		const embedded = new Set(JSON.parse(readFileSync('data/extracts.json', 'utf8')).map((extract: { dataset: string }) => extract.dataset));
		for (const contract of contracts.filter(({ id }) => embedded.has(id))) {
			const check = await loadExtract(db, contract, `${contract.id}.csv`, readFileSync(`data/${contract.id}.csv`, 'utf8'));
			expect(check.problems).toEqual([]);
			const report = await checkQuality(db, contract, '2025-04-30');
			expect(report.rowCount).toBe(check.rowCount);
			expect(byName(report, 'Duplicates')?.passes, contract.id).toBe(true);
			if (byName(report, 'Reconciliation')) expect(byName(report, 'Reconciliation')?.passes).toBe(true);
		}
	});

	it('finds a duplicate, a missing month and stale data in a small referrals extract', async () => {
		const referrals = contractById('referrals');
		const row = (month: string) => ({ ...exampleRow(referrals), month, service: 'victim services', referral_source: 'police' });
		// January, January again (a duplicate), March: February is missing; the newest month ends 31 March 2024.
		const text = csvFromRows(referrals, [row('2024-01'), row('2024-01'), row('2024-03')]);
		await loadExtract(db, referrals, 'r.csv', text);
		const report = await checkQuality(db, referrals, '2024-09-30');
		expect(report).toMatchObject({ rowCount: 3, firstDay: '2024-01-01', lastDay: '2024-03-31' });
		expect(byName(report, 'Duplicates')).toMatchObject({ passes: false, detail: '1 row repeats another (same month, service, referral_source)' });
		expect(byName(report, 'Completeness')).toMatchObject({ passes: false, detail: '1 month missing across 1 series' });
		// 31 March to 30 September 2024 is 183 days: over 120.
		expect(byName(report, 'Freshness')).toMatchObject({ passes: false, severity: 'warning' });
		expect(byName(report, 'Freshness')?.detail).toContain('183 days before 30 September 2024');
		const fresh = await checkQuality(db, referrals, '2024-04-30');
		expect(byName(fresh, 'Freshness')?.passes).toBe(true);
	});

	it('reports no checks, not a row of passes, for a dataset that holds no rows', async () => {
		const crime = contractById('street-crime');
		const columns = crime.columns.map((column) => `${sqlIdentifier(column.name)} ${sqlType(column)}`).join(', ');
		await db.query(`CREATE TABLE ${sqlIdentifier(crime.table)} (${columns})`);
		expect(await checkQuality(db, crime, '2025-04-30')).toEqual({ rowCount: 0, firstDay: null, lastDay: null, checks: [] });
	});

	it('finds a budget year that does not reconcile', async () => {
		const budget = contractById('budget-split');
		const text = readFileSync('data/budget-split.csv', 'utf8').replace(',154.5,', ',154.6,');
		await loadExtract(db, budget, 'b.csv', text);
		const report = await checkQuality(db, budget, '2017-04-01');
		expect(byName(report, 'Reconciliation')).toMatchObject({ passes: false, detail: 'lines do not add up to their totals in 2017/18' });
	});
});

describe.skipIf(policeUkFixtures() === undefined)(`checkQuality on police.uk street-level crime (skipped where ${noPoliceUkFixtures})`, () => {
	const fixtures = policeUkFixtures() ?? '';
	const street = contractById('street-crime');
	const leicestershireMonths = ['2019-12', '2022-08', '2022-09', '2022-10'].map((month) => `${month}-leicestershire-street.csv`);
	const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

	it('raises no duplicates alarm on real months, whose anti-social behaviour rows repeat in every column', async () => {
		const rows = leicestershireMonths.flatMap((file) => parse(readFileSync(`${fixtures}/${file}`, 'utf8')));
		// The four months as one file: a load replaces what the table held.
		expect((await loadExtract(db, street, 'four-months.csv', csvFromRows(street, rows))).problems).toEqual([]);
		// The real files do hold rows alike in every column: judged that way, they would be flagged.
		const whole = new Set(rows.map((row) => JSON.stringify(Object.values(row))));
		expect(rows.length - whole.size).toBeGreaterThan(0);
		const blank = rows.filter((row) => row['Crime ID'] === '').length;
		const report = await checkQuality(db, street, '2022-11-30');
		expect(report.rowCount).toBe(rows.length);
		expect(byName(report, 'Duplicates')).toMatchObject({
			passes: true,
			detail: `no duplicate rows (by Crime ID; ${blank.toLocaleString('en-GB')} rows with a blank Crime ID not compared)`
		});
	});

	it('flags a Crime ID that appears twice, even when the rows differ elsewhere', async () => {
		const text = readFileSync(`${fixtures}/2022-10-leicestershire-street.csv`, 'utf8');
		const rows = parse(text);
		const crime = rows.find((row) => row['Crime ID'] !== '')!;
		// The same crime again with another location: still one crime published twice.
		const again = { ...crime, Location: 'On or near Somewhere Else' };
		await loadExtract(db, street, 'crafted.csv', csvFromRows(street, [...rows, again]));
		const report = await checkQuality(db, street, '2022-11-30');
		expect(byName(report, 'Duplicates')?.passes).toBe(false);
		expect(byName(report, 'Duplicates')?.detail).toMatch(/^1 row repeats another \(same Crime ID; /);
	});
});
