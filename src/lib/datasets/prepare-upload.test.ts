import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { rowsOf } from '$lib/database/arrow-rows';
import { loadRows } from './load-extract';
import { prepareUpload } from './prepare-upload';
import { readVisits, validVisits, visitRows, visitsContract, visitsCsv } from './visit-rows.fixtures';

const visits = visitsContract;

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

describe('prepareUpload', () => {
	const text = 'visit_date,suite,detainees_seen\n2024-04-01,Keyham Lane,3\n01/04/2024,Euston Street,2\n2024-04-08,"Beaumont Leys, east",x\n2024-04-15,Wigston,0\n';

	it('rejects a file with any problem unless the user chooses to set rows aside', () => {
		const result = prepareUpload('v.csv', text, visits, false);
		expect('rejected' in result && result.rejected.problems).toHaveLength(2);
	});

	it('sets aside the invalid rows and loads the rest, in the contract column order', () => {
		const result = prepareUpload('v.csv', text, visits, true);
		if (!('prepared' in result)) throw new Error('expected a prepared upload');
		const { prepared } = result;
		// Four rows in: lines 2 and 5 are valid; line 3 has a UK-order date, line 4 a bad count.
		expect(prepared.check.rowCount).toBe(4);
		expect(prepared.loadedRows).toBe(2);
		expect(prepared.setAside.map((row) => row.line)).toEqual([3, 4]);
		expect(prepared.csv).toBe('suite,visit_date,detainees_seen\nKeyham Lane,2024-04-01,3\nWigston,2024-04-15,0\n');
	});

	it('rejects a header problem even when rows may be set aside', () => {
		const result = prepareUpload('v.csv', 'suite,visit_date\nKeyham Lane,2024-04-01\n', visits, true);
		expect('rejected' in result).toBe(true);
	});
});

describe('loadRows', () => {
	const csv = (rows: string[]) => `suite,visit_date,detainees_seen\n${rows.join('\n')}\n`;
	const count = async () => rowsOf<{ n: number }>(await db.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM visits'))[0]?.n;

	it('replaces, appends, and leaves the table untouched when the count does not match', async () => {
		await loadRows(db, visits, csv(['A,2024-01-01,1', 'B,2024-01-02,2']), 2, 'replace');
		expect(await count()).toBe(2);
		await loadRows(db, visits, csv(['C,2024-01-03,3']), 1, 'append');
		expect(await count()).toBe(3);
		await expect(loadRows(db, visits, csv(['D,2024-01-04,4']), 2, 'replace')).rejects.toThrow('nothing was loaded');
		expect(await count()).toBe(3);
		await loadRows(db, visits, csv(['E,2024-01-05,5']), 1, 'replace');
		expect(await count()).toBe(1);
	});
});

describe('no row is ever lost or silently changed (property)', () => {
	it('rows in = rows loaded + rows set aside, and loaded rows read back unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(visitRows, async (rows) => {
				const text = visitsCsv(rows, '\r\n');
				const result = prepareUpload('p.csv', text, visits, true);
				if (!('prepared' in result)) throw new Error('a header problem was not expected');
				const { prepared } = result;
				expect(prepared.loadedRows + prepared.setAside.length).toBe(rows.length);
				expect(prepared.loadedRows).toBe(rows.filter((row) => row.valid).length);
				await loadRows(db, visits, prepared.csv, prepared.loadedRows, 'replace');
				expect(await readVisits(db, 'visits')).toEqual(validVisits(rows));
			}),
			{ numRuns: 60, seed: 20261123 }
		);
	});
});

describe('loads that arrive together', () => {
	it('take turns, so their transactions never interleave', async () => {
		const other = { ...visits, id: 'other', table: 'other' };
		const csv = (suite: string) => `suite,visit_date,detainees_seen\n${suite},2024-01-01,1\n`;
		await Promise.all([
			loadRows(db, visits, csv('A'), 1, 'replace'),
			loadRows(db, other, csv('B'), 1, 'replace'),
			loadRows(db, visits, csv('C'), 1, 'append'),
			loadRows(db, other, csv('D'), 1, 'append')
		]);
		const names = async (table: string) => rowsOf<{ suite: string }>(await db.query(`SELECT suite FROM ${table} ORDER BY suite`)).map((r) => r.suite);
		expect(await names('visits')).toEqual(['A', 'C']);
		expect(await names('other')).toEqual(['B', 'D']);
	});
});
