import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetSplit } from '$lib/contracts/budget-split';
import type { DatasetContract } from '$lib/contracts/contract';
import { custodyVisits } from '$lib/contracts/custody-visits';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { referrals } from '$lib/contracts/referrals';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { rowsOf } from '$lib/database/arrow-rows';
import { describeConversion } from '$lib/validation/check-value';
import { describeProblem } from '$lib/validation/problem';
import { checkBulk, type BulkOutcome } from './bulk-upload';
import { loadRows, moveStaging } from './load-extract';
import { prepareUpload, type UploadOptions } from './prepare-upload';

// Issues 13 and 14, the check's part: each rule run through both paths (the
// papaparse check for small files, DuckDB's reader for large ones), which
// must say the same and load the same values.

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

const loadDate = '2026-11-29';
const options: UploadOptions = { loadDate };

/** Both paths' outcome for one file, without the bulk path's staging table name. */
async function bothPaths(file: string, text: string, contract: DatasetContract, setAsideInvalid: boolean) {
	const bulk = await checkBulk(db, contract, file, new Blob([text]), setAsideInvalid, undefined, options);
	if (bulk.kind === 'prepared') await db.query(`DROP TABLE ${sqlIdentifier(bulk.staging)}`);
	const small = prepareUpload(file, text, contract, setAsideInvalid, undefined, undefined, options);
	const smallOutcome =
		'rejected' in small
			? { kind: 'rejected', check: small.rejected }
			: { kind: 'prepared', check: small.prepared.check, loadedRows: small.prepared.loadedRows, setAside: small.prepared.setAside };
	return { bulk: withoutStaging(bulk), small: smallOutcome };
}

function withoutStaging(outcome: BulkOutcome) {
	if (outcome.kind !== 'prepared') return outcome;
	const { check, loadedRows, setAside } = outcome;
	return { kind: outcome.kind, check, loadedRows, setAside };
}

/** Loads a file by both paths into two tables and reads both back as text, in order. */
async function loadBoth(file: string, text: string, contract: DatasetContract) {
	const small = prepareUpload(file, text, contract, false, undefined, undefined, options);
	if (!('prepared' in small)) throw new Error(`small path rejected: ${JSON.stringify(small.rejected.problems.slice(0, 2))}`);
	const smallTable = { ...contract, table: `${contract.table}_small` };
	await loadRows(db, smallTable, small.prepared.csv, small.prepared.loadedRows, 'replace');
	const bulk = await checkBulk(db, contract, file, new Blob([text]), false, undefined, options);
	if (bulk.kind !== 'prepared') throw new Error(`bulk path gave ${JSON.stringify(bulk).slice(0, 300)}`);
	const bulkTable = { ...contract, table: `${contract.table}_bulk` };
	await moveStaging(db, bulkTable, bulk.staging, bulk.loadedRows, 'replace');
	const read = async (table: string) =>
		rowsOf<Record<string, string | null>>(
			await db.query(
				`SELECT ${contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS ${sqlIdentifier(column.name)}`).join(', ')} FROM ${sqlIdentifier(table)} ORDER BY rowid`
			)
		);
	return { small: await read(smallTable.table), bulk: await read(bulkTable.table), smallCheck: small.prepared.check, bulkCheck: bulk.check };
}

const withoutProvenance = (contract: DatasetContract) => contract.columns.filter((column) => !['source_document', 'source_ref', 'illustrative'].includes(column.name));

describe('provenance without asking (#13 item 2)', () => {
	const columns = withoutProvenance(referrals);
	const text = `${columns.map((column) => column.name).join(',')}\n2023-10,victim services,police,12\n2023-11,victim services,police,9\n`;

	it('loads an extract without provenance columns on both paths; its rows name the file, its SHA-256 and the load time', async () => {
		const before = new Date().toISOString();
		const { small, bulk } = await loadBoth('October referrals.csv', text, referrals);
		const sha = createHash('sha256').update(text).digest('hex');
		for (const rows of [small, bulk]) {
			expect(rows).toHaveLength(2);
			for (const row of rows) {
				expect(row['source_document']).toBe('uploaded: October referrals.csv');
				const match = /^SHA-256 ([0-9a-f]{64}); loaded (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(row['source_ref'] ?? '');
				expect(match?.[1]).toBe(sha);
				expect(match?.[2] && match[2] >= before).toBe(true);
				expect(row['illustrative']).toBe('false');
			}
		}
	});

	it('keeps the time and digest it is given, so a kept upload rebuilt after a reload says the same', () => {
		const result = prepareUpload('r.csv', text, referrals, false, undefined, undefined, { loadDate, provenance: { sha256: 'a'.repeat(64), loadedAt: '2026-11-01T09:00:00.000Z' } });
		expect('prepared' in result && result.prepared.csv.split('\n')[1]).toBe(
			`2023-10,victim services,police,12,uploaded: r.csv,SHA-256 ${'a'.repeat(64)}; loaded 2026-11-01T09:00:00.000Z,false`
		);
	});

	it('names any other missing column by its name, on both paths', async () => {
		const header = columns
			.filter((column) => column.name !== 'referral_source')
			.map((column) => column.name)
			.join(',');
		const { small, bulk } = await bothPaths('r.csv', `${header}\n2023-10,victim services,12\n`, referrals, true);
		expect(bulk).toEqual(small);
		const problems = small.check.problems;
		expect(problems.map(describeProblem)).toEqual(['r.csv, line 1, column "referral_source": expected a column headed "referral_source"; found no such column in the header.']);
	});
});

describe('what people type in spreadsheets (#13 item 3)', () => {
	/** Every kind of column that converts, with units that allow a £ sign and ones that do not. */
	const typed: DatasetContract = {
		id: 'typed',
		table: 'typed',
		title: 'Typed',
		description: '',
		columns: [
			{ name: 'place', type: 'text', description: '', required: true, example: 'Melton' },
			{ name: 'kind', type: 'text', description: '', required: true, allowed: ['line', 'total'], example: 'line' },
			{ name: 'count', type: 'integer', unit: 'count', description: '', required: true, example: '3', min: 0 },
			{ name: 'spend', type: 'decimal', unit: '£', decimalPlaces: 2, description: '', required: true, example: '1.50', min: 0 },
			{ name: 'month', type: 'month', description: '', required: true, example: '2025-04' },
			{ name: 'day', type: 'date', description: '', required: true, example: '2025-04-01' },
			{ name: 'open', type: 'boolean', description: '', required: true, example: 'true' }
		]
	};
	const header = typed.columns.map((column) => column.name).join(',');

	it('converts each habit, loads the same values on both paths, and reports how many cells of which column', async () => {
		const text = [
			header,
			'Melton ,line,"1,234",£5,Apr-25,01/04/2025,TRUE',
			'Oadby, total ,12,"£1,234.50",April 2025,13/04/2025,false',
			'Blaby,line,7,3.25,2025-05,2025-05-02,FALSE',
			'Hinckley,line,0,0,May 2025, 02/05/2025,true'
		].join('\n');
		const { small, bulk, smallCheck, bulkCheck } = await loadBoth('t.csv', `${text}\n`, typed);
		expect(bulk).toEqual(small);
		expect(small.map((row) => [row['place'], row['kind'], row['count'], row['spend'], row['month'], row['day'], row['open']])).toEqual([
			['Melton ', 'line', '1234', '5.00', '2025-04', '2025-04-01', 'true'],
			['Oadby', 'total', '12', '1234.50', '2025-04', '2025-04-13', 'false'],
			['Blaby', 'line', '7', '3.25', '2025-05', '2025-05-02', 'false'],
			['Hinckley', 'line', '0', '0.00', '2025-05', '2025-05-02', 'true']
		]);
		expect(bulkCheck.conversions).toEqual(smallCheck.conversions);
		expect((smallCheck.conversions ?? []).map((conversion) => `${conversion.column}: ${describeConversion(conversion)}`)).toEqual([
			'kind: 1 value had spaces before or after removed',
			'count: 1 number read without thousands separators (1,234 as 1234)',
			'spend: 2 amounts read without the £ sign',
			'spend: 1 number read without thousands separators (1,234 as 1234)',
			'month: 3 months read from a month name (Apr-25 as 2025-04)',
			'day: 3 dates read as day/month/year',
			'day: 1 value had spaces before or after removed',
			'open: 2 TRUE or FALSE values read as true or false'
		]);
	});

	it('refuses, on both paths, a slash date that could be either order, a £ in a count, and a separator out of place', async () => {
		const text = [header, 'Melton,line,"12,34",1,2025-04,04/05/2025,true', 'Oadby,line,£5,1,2025-04,2025-04-01,true', 'Blaby,line,1,1,2025-04,04/04/2025,true'].join('\n');
		const { small, bulk } = await bothPaths('t.csv', `${text}\n`, typed, true);
		expect(bulk).toEqual(small);
		expect(small.check.problems.map(describeProblem)).toEqual([
			't.csv, line 2, column 3 (count): expected a whole number (count) of 0 or more, e.g. 3; found "12,34".',
			't.csv, line 2, column 6 (day): expected a date as YYYY-MM-DD or day/month/year, e.g. 2025-04-01; found "04/05/2025": which could be 4 May 2025 (day/month/year) or 5 April 2025 (month/day/year): no slash date in this column has a day above 12 to show the order. Write it as YYYY-MM-DD.',
			't.csv, line 3, column 3 (count): expected a whole number (count) of 0 or more, e.g. 3; found "£5": a £ sign, in a column of count.'
		]);
		// 04/04/2025 is 4 April either way: loaded.
		expect(small.kind === 'prepared' && small.loadedRows).toBe(1);
	});

	it('reads the same values on both paths for any rows, however quoted, with any line ending and with or without a byte-order mark (property)', async () => {
		const cell = fc.record({
			place: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '' && !s.includes('\r')),
			count: fc.integer({ min: 0, max: 2_000_000 }),
			pence: fc.integer({ min: 0, max: 99_999_999 }),
			day: fc.date({ min: new Date('2020-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }),
			style: fc.integer({ min: 0, max: 3 })
		});
		await fc.assert(
			fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 15 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), async (rows, ending, bom, quoteAll) => {
				const q = (value: string) => (quoteAll || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
				const iso = (date: Date) => date.toISOString().slice(0, 10);
				const written = rows.map((row) => {
					const amount = (row.pence / 100).toFixed(2);
					const [y, m, d] = iso(row.day).split('-');
					// Slash dates all have day 13 or more in one row at least, or none: a column that is ambiguous is refused, not tested here.
					const day = row.style >= 2 ? `13/${m}/${y}` : iso(row.day);
					const count = row.style % 2 ? row.count.toLocaleString('en-GB') : String(row.count);
					const spend = row.style % 2 ? `£${Number(amount).toLocaleString('en-GB', { minimumFractionDigits: 2 })}` : amount;
					const month = row.style === 3 ? new Date(`${y}-${m}-01`).toLocaleDateString('en-GB', { month: 'short', year: '2-digit' }).replace(' ', '-') : `${y}-${m}`;
					void d;
					return [row.place, 'line', count, spend, month, day, row.style ? 'TRUE' : 'true'].map(q).join(',');
				});
				const text = `${bom ? '\uFEFF' : ''}${header}${ending}${written.join(ending)}${ending}`;
				const { small, bulk } = await loadBoth('p.csv', text, typed);
				expect(bulk).toEqual(small);
				expect(small.map((row) => [row['place'], row['count'], row['spend'], row['open']])).toEqual(
					rows.map((row) => [row.place, String(row.count), (row.pence / 100).toFixed(2), 'true'])
				);
				expect(small.map((row) => row['day'])).toEqual(rows.map((row) => (row.style >= 2 ? `${iso(row.day).slice(0, 8)}13` : iso(row.day))));
			}),
			{ numRuns: 25, seed: 20261129 }
		);
	}, 120_000);
});

describe('sanity rules in the contracts (#13 item 4)', () => {
	it('refuses a negative count and a month after the load date, located, on both paths', async () => {
		const columns = withoutProvenance(referrals)
			.map((column) => column.name)
			.join(',');
		const text = `${columns}\n2023-10,victim services,police,-3\n2026-12,victim services,police,4\n2026-11,victim services,police,4\n`;
		const { small, bulk } = await bothPaths('r.csv', text, referrals, true);
		expect(bulk).toEqual(small);
		expect(small.check.problems.map(describeProblem)).toEqual([
			'r.csv, line 2, column 4 (referrals): expected a whole number (count) of 0 or more, e.g. 1084; found "-3": less than 0.',
			'r.csv, line 3, column 1 (month): expected a month as YYYY-MM or Apr-25, not after the month it is loaded, e.g. 2023-10; found "2026-12": later than the month it is loaded (2026-11).'
		]);
		expect(small.kind === 'prepared' && small.loadedRows).toBe(1);
	});

	it('refuses detainees seen above offered, and seen plus declined above offered, on both paths', async () => {
		const visit = exampleRow(custodyVisits);
		const text = csvFromRows(custodyVisits, [
			visit,
			{ ...visit, visit_id: 'V2', detainees_seen: '10' },
			{ ...visit, visit_id: 'V3', detainees_offered: '12' },
			{ ...visit, visit_id: 'V4', detainees_declined: '3' }
		]);
		const { small, bulk } = await bothPaths('v.csv', text, custodyVisits, true);
		expect(bulk).toEqual(small);
		expect(small.check.problems.map((problem) => [problem.line, problem.column, problem.found])).toEqual([
			[3, 'detainees_seen', 'detainees_seen 10, and detainees_offered 9'],
			[3, 'detainees_seen', '10 + 2 = 12, and detainees_offered 9'],
			[4, 'detainees_offered', 'detainees_offered 12, and detainees_held 11'],
			[5, 'detainees_seen', '7 + 3 = 10, and detainees_offered 9']
		]);
		expect(small.kind === 'prepared' && small.loadedRows).toBe(1);
	});

	it('passes every rule on the embedded extracts (budget split as the example of a real contract)', async () => {
		const { small, bulk } = await bothPaths('b.csv', csvFromRows(budgetSplit, [exampleRow(budgetSplit)]), budgetSplit, false);
		expect(bulk).toEqual(small);
		expect(small.check.problems).toEqual([]);
	});
});

describe('set-aside never swallows rows (#14 item 1)', () => {
	it('refuses, on both paths and in either mode, a 10,000-row file whose quote on line 3 is never closed', async () => {
		const columns = withoutProvenance(referrals)
			.map((column) => column.name)
			.join(',');
		const rows = Array.from({ length: 10_000 }, (_, index) => (index === 1 ? '2023-10,"victim services,police,4' : '2023-10,victim services,police,4'));
		const text = `${columns}\n${rows.join('\n')}\n`;
		for (const setAsideInvalid of [true, false]) {
			const { small, bulk } = await bothPaths('q.csv', text, referrals, setAsideInvalid);
			expect(bulk).toEqual(small);
			expect(small.kind).toBe('rejected');
			expect(small.check.problems.map(describeProblem)).toEqual([
				'q.csv, line 3: expected a closing quote for each quoted field; found a quote opened on line 3 is never closed, so the rest of the file cannot be read reliably and nothing in it was loaded.'
			]);
		}
	});
});

describe('values too large for the database (#14 item 6)', () => {
	it('refuses, located, a count over the INTEGER range and a longitude over DECIMAL(18, 6), on both paths', async () => {
		const big: DatasetContract = {
			id: 'big',
			table: 'big',
			title: 'Big',
			description: '',
			columns: [
				{ name: 'count', type: 'integer', description: '', required: true, example: '3' },
				{ name: 'Longitude', type: 'decimal', decimalPlaces: 6, description: '', required: false, example: '-1.1' }
			]
		};
		const text = 'count,Longitude\n3000000000,-1.1\n3,1234567890123.5\n2147483647,-123456789012.123456\n';
		for (const setAsideInvalid of [false, true]) {
			const { small, bulk } = await bothPaths('b.csv', text, big, setAsideInvalid);
			expect(bulk).toEqual(small);
			expect(small.check.problems.map(describeProblem)).toEqual([
				'b.csv, line 2, column 1 (count): expected a whole number, e.g. 3; found "3000000000": too large for the database, which holds whole numbers from -2,147,483,648 to 2,147,483,647.',
				'b.csv, line 3, column 2 (Longitude): expected a number with at most 6 decimal places, e.g. -1.1; found "1234567890123.5": too large for the database, which holds at most 12 digits before the point here.'
			]);
		}
	});
});
