import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetSplit } from '$lib/contracts/budget-split';
import type { DatasetContract } from '$lib/contracts/contract';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import type { Database } from '$lib/database/database';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { rowsOf } from '$lib/database/arrow-rows';
import { checkCsv } from '$lib/validation/check-csv';
import { checkBulk, type BulkOutcome } from './bulk-upload';
import { moveStaging } from './load-extract';
import { prepareUpload } from './prepare-upload';
import { readVisits, validVisits, visitRows, visitsContract, visitsCsv } from './visit-rows.fixtures';

// The bulk path must say exactly what the small-file path says about the same
// file: these tests run both on each input and compare.

// The three visit columns of the property tests, then one of every other kind of column the check knows.
const visits: DatasetContract = {
	...visitsContract,
	columns: [
		...visitsContract.columns,
		{ name: 'outcome', type: 'text', description: '', required: false, allowed: ['seen', 'declined'], example: 'seen' },
		{ name: 'cost_gbp', type: 'decimal', decimalPlaces: 2, description: '', required: false, example: '1.50' },
		{ name: 'month', type: 'month', description: '', required: false, example: '2024-04' },
		{ name: 'financial_year', type: 'financial-year', description: '', required: false, example: '2024/25' },
		{ name: 'illustrative', type: 'boolean', description: '', required: false, example: 'false' }
	]
};

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

const blob = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text]);

/** Runs the bulk check and leaves nothing staged behind. */
async function bulk(file: string, text: string, contract: DatasetContract, setAsideInvalid: boolean): Promise<BulkOutcome> {
	const outcome = await checkBulk(db, contract, file, blob(text), setAsideInvalid);
	if (outcome.kind === 'prepared') await db.query(`DROP TABLE "${outcome.staging}"`);
	return outcome;
}

/** What the small-file path says, in the bulk outcome's terms. */
function small(file: string, text: string, contract: DatasetContract, setAsideInvalid: boolean) {
	const result = prepareUpload(file, text, contract, setAsideInvalid);
	if ('rejected' in result) return { kind: 'rejected', check: result.rejected };
	const { check, loadedRows, setAside } = result.prepared;
	return { kind: 'prepared', check, loadedRows, setAside };
}

function withoutStaging(outcome: BulkOutcome) {
	if (outcome.kind !== 'prepared') return outcome;
	const { check, loadedRows, setAside } = outcome;
	return { kind: outcome.kind, check, loadedRows, setAside };
}

const header = visits.columns.map((column) => column.name).join(',');
const good = '"Keyham Lane",2024-04-01,3,seen,1.50,2024-04,2024/25,false';

describe('the bulk check gives the same problems and accounting as the small-file check', () => {
	const broken: Record<string, string> = {
		'a bad number': `${header}\n${good}\nEuston Street,2024-04-02,three,,,,,\n`,
		'a bad date (UK order)': `${header}\n${good}\nEuston Street,01/04/2024,3,,,,,\n`,
		'a date that does not exist': `${header}\n${good}\nEuston Street,2023-02-29,3,,,,,\n`,
		'a missing required value': `${header}\n${good}\n,2024-04-02,3,,,,,\n`,
		'a value not allowed': `${header}\n${good}\nEuston Street,2024-04-02,3,maybe,,,,\n`,
		'too many decimal places': `${header}\n${good}\nEuston Street,2024-04-02,3,,1.505,,,\n`,
		'a month, a financial year and a boolean written wrongly': `${header}\n${good}\nEuston Street,2024-04-02,3,,,2024-13,2024/26,yes\n`,
		'too many fields': `${header}\n${good}\nEuston Street,2024-04-02,3,,,,,,extra\n${good}\n`,
		'too few fields': `${header}\n${good}\nEuston Street,2024-04-02\n${good}\n`,
		'a quoted line break before a bad row': `${header}\n"Two\nlines, and a comma",2024-04-01,3,,,,,\n"Three\r\nlines\n",2024-04-01,3,,,,,\n${good}\nWigston,2024-04-01,x,,,,,\n`,
		'blank lines, CRLF and a byte-order mark': `\uFEFF${header}\r\n${good}\r\n\r\nWigston,2024-04-01,x,,,,,\r\n\r\n`,
		'an extra column in the header': `${header},notes\n${good},hello\nWigston,2024-04-01,x,,,,,,\n`,
		'a missing column in the header': `${header.replace(',detainees_seen', '')}\n"Keyham Lane",2024-04-01,seen,1.50,2024-04,2024/25,false\n`,
		'the header only': `${header}\n`,
		'every row bad': `${header}\nA,x,1,,,,,\nB,y,2,,,,,\n`
	};

	for (const [name, text] of Object.entries(broken)) {
		it(`${name}: rejected with the same problems, or the same rows set aside`, async () => {
			for (const setAsideInvalid of [false, true]) {
				expect(withoutStaging(await bulk('v.csv', text, visits, setAsideInvalid))).toEqual(small('v.csv', text, visits, setAsideInvalid));
			}
		});
	}

	it('places the bad row after quoted line breaks on its real line', async () => {
		const outcome = await bulk('v.csv', broken['a quoted line break before a bad row'] ?? '', visits, false);
		if (outcome.kind !== 'rejected') throw new Error('expected the file to be rejected');
		// Header 1, rows on 2-3, 4-6, 7; the bad count is on line 8.
		expect(outcome.check.problems).toMatchObject([{ line: 8, column: 'detainees_seen', found: '"x"' }]);
	});

	it("passes a real contract's good extract, and the staged rows load as the small path loads them", async () => {
		const text = csvFromRows(budgetSplit, [exampleRow(budgetSplit), { ...exampleRow(budgetSplit), line_code: 'regional', amount_gbp_m: '10.2' }]);
		expect(checkCsv('b.csv', text, budgetSplit).problems).toEqual([]);
		const outcome = await checkBulk(db, budgetSplit, 'b.csv', blob(text), false);
		if (outcome.kind !== 'prepared') throw new Error(`expected the file to pass, got ${outcome.kind}`);
		expect(outcome.loadedRows).toBe(2);
		await moveStaging(db, budgetSplit, outcome.staging, outcome.loadedRows, 'replace');
		const rows = rowsOf<{ line_code: string; amount: number }>(await db.query(`SELECT line_code, CAST(amount_gbp_m AS DOUBLE) AS amount FROM ${budgetSplit.table} ORDER BY rowid`));
		expect(rows.map((row) => row.line_code)).toEqual([exampleRow(budgetSplit)['line_code'], 'regional']);
		expect(rows[1]?.amount).toBe(10.2);
	});

	it('refuses a file that mixes line endings, either order, with the same located problem as the small-file path', async () => {
		for (const [text, line] of [
			[`${header}\n${good}\r\n${good}\r\n`, 2],
			[`${header}\r\n${good}\n${good}\n`, 2]
		] as const) {
			for (const setAsideInvalid of [false, true]) {
				const outcome = await bulk('v.csv', text, visits, setAsideInvalid);
				expect(outcome).toEqual(small('v.csv', text, visits, setAsideInvalid));
				expect(outcome.kind === 'rejected' && outcome.check.problems).toEqual([
					expect.objectContaining({ line, expected: expect.stringContaining('every line to end the same way') })
				]);
			}
		}
	});

	it('on Cancel during the read, stops it and leaves nothing: no staged rows, no reject tables, no registered file', async () => {
		const tablesNow = async () => rowsOf<{ name: string }>(await db.query('SELECT table_name AS name FROM duckdb_tables() ORDER BY 1'));
		const before = await tablesNow();
		const stop = new AbortController();
		let registered = '';
		// The user cancels once DuckDB's read has begun: the read is the one statement given the signal.
		const cancelling = (inner: Database): Database => ({
			...inner,
			async registerFile(name, file) {
				registered = name;
				return inner.registerFile(name, file);
			},
			async query(sql, params, options) {
				if (options?.signal) stop.abort();
				return inner.query(sql, params, options);
			},
			async separate() {
				const separate = await inner.separate();
				return { ...cancelling(separate), close: separate.close };
			}
		});
		const outcome = await checkBulk(cancelling(db), visits, 'v.csv', blob(`${header}\n${good}\n`), false, stop.signal);
		// Cancelled, not "unread": an unread file would go on to the small-file path and be loaded after all.
		expect(outcome).toEqual({ kind: 'cancelled' });
		expect(await tablesNow()).toEqual(before);
		expect(registered).not.toBe('');
		await expect(db.query(`SELECT * FROM read_csv('${registered}')`)).rejects.toThrow();
	});

	it('does not read a Windows-1252 file, so the small-file path reads it instead', async () => {
		const text = `${header}\n"Café £",2024-04-01,3,,,,,\n`;
		const bytes = Uint8Array.from(text, (char) => char.charCodeAt(0));
		const outcome = await checkBulk(db, visits, 'v.csv', blob(bytes), false);
		expect(outcome.kind).toBe('unread');
	});
});

describe('no row is ever lost or silently changed on the bulk path (property)', () => {
	// A table of its own: the other tests here load `visits` with more columns.
	const three: DatasetContract = { ...visitsContract, id: 'three', table: 'three' };

	it('rows in = rows loaded + rows set aside, the same rows as the small-file path, and loaded rows read back unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(visitRows, async (rows) => {
				// DuckDB needs one kind of line ending per file (a file that mixes them is read the small-file way).
				const text = visitsCsv(rows, '\r\n');
				const outcome = await checkBulk(db, three, 'p.csv', blob(text), true);
				if (outcome.kind !== 'prepared') throw new Error(`expected the valid rows to be prepared, got ${JSON.stringify(outcome)}`);
				expect(outcome.loadedRows + outcome.setAside.length).toBe(rows.length);
				expect(outcome.loadedRows).toBe(rows.filter((row) => row.valid).length);
				expect(withoutStaging(outcome)).toEqual(small('p.csv', text, three, true));
				await moveStaging(db, three, outcome.staging, outcome.loadedRows, 'replace');
				expect(await readVisits(db, three.table)).toEqual(validVisits(rows));
			}),
			{ numRuns: 60, seed: 20261123 }
		);
	});
});
