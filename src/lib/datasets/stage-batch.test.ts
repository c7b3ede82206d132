import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provenanceColumns, type DatasetContract } from '$lib/contracts/contract';
import { contractById } from '$lib/contracts/registry';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { sha256Hex } from '$lib/validation/sha256';
import { noPoliceUkFixtures, policeUkFixtures } from './police-uk-fixtures';
import { stageFiles, type FileToStage } from './stage-batch';
import { discardStaged, stagedRowsSql, stageFile, type StagedFile, type StageOutcome } from './stage-file';
import { fileText, tallies, type TestRow } from './store.fixtures';

// Files read together must stage exactly what each file staged alone gives:
// the same rows and values, periods, provenance, problems and set-aside rows.

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

const loadedAt = '2026-11-29T12:00:00.000Z';
const file = (name: string, text: string): FileToStage => ({ name, blob: new Blob([text]), loadedAt });
const rows = (...lines: string[]): TestRow[] => lines.map((line) => ({ fields: line.split(',') }));

/** A staged file's rows as text, in contract order, sorted. */
async function stagedRows(contract: DatasetContract, staged: StagedFile): Promise<string[]> {
	const columns = contract.columns.map((column) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR)`).join(` || '|' || `);
	const result = await db.query(`SELECT ${columns} AS r FROM (${stagedRowsSql([staged], contract.columns.map((column) => sqlIdentifier(column.name)).join(', '))})`);
	return Array.from({ length: result.numRows }, (_, i) => String(result.get(i)?.['r'])).sort();
}

/** What a file staged alone gives, its staging table dropped after. */
async function alone(contract: DatasetContract, each: FileToStage, setAsideInvalid: boolean) {
	const outcome = await stageFile(db, contract, each.name, each.blob, setAsideInvalid, undefined, undefined, loadedAt);
	if (outcome.kind !== 'staged') return { outcome };
	const held = await stagedRows(contract, outcome.file);
	await discardStaged(db, [outcome.file]);
	return { outcome, rows: held };
}

/** The parts of an outcome that must not depend on how the file was read. */
function said(outcome: StageOutcome) {
	if (outcome.kind !== 'staged') return outcome;
	const { name, sha256, check, loadedRows, setAside, setAsideInvalid, periods } = outcome.file;
	return { kind: outcome.kind, name, sha256, check, loadedRows, setAside, setAsideInvalid, periods };
}

async function tablesLeft(prefix: string): Promise<number> {
	const result = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM duckdb_tables() WHERE starts_with(table_name, ?)`, [prefix]);
	return Number(result.get(0)?.['n']);
}

/** Stages files together and then each alone, and checks they say and hold the same. */
async function expectSameAsAlone(contract: DatasetContract, files: readonly FileToStage[], setAsideInvalid: boolean): Promise<StageOutcome[]> {
	const together = await stageFiles(db, contract, files, setAsideInvalid);
	for (const [index, each] of files.entries()) {
		const single = await alone(contract, each, setAsideInvalid);
		const outcome = together[index] as StageOutcome;
		expect(said(outcome), each.name).toEqual(said(single.outcome));
		if (outcome.kind === 'staged') expect(await stagedRows(contract, outcome.file), each.name).toEqual(single.rows);
	}
	await discardStaged(
		db,
		together.flatMap((outcome) => (outcome.kind === 'staged' ? [outcome.file] : []))
	);
	return together;
}

describe('files chosen together are read together', () => {
	it('stages clean files of one header in one read, each with its own rows, periods and provenance', async () => {
		const files = [
			file('jan.csv', fileText(tallies, rows('2024-01,a,1', '2024-01,b,2'))),
			file('feb.csv', fileText(tallies, rows('2024-02,a,3'))),
			file('mar.csv', fileText(tallies, rows('2024-03,a,4', '2024-02,c,5')))
		];
		const together = await expectSameAsAlone(tallies, files, false);
		const staged = together.map((outcome) => (outcome.kind === 'staged' ? outcome.file : undefined));
		// One read: one staging table, each file its part of it.
		expect(new Set(staged.map((each) => each?.staging)).size).toBe(1);
		expect(staged.every((each) => each?.part !== undefined)).toBe(true);
		expect(staged.map((each) => each?.periods)).toEqual([['2024-01'], ['2024-02'], ['2024-02', '2024-03']]);
		expect(await tablesLeft(`${tallies.table}__bulk_`)).toBe(0);
	});

	it("gives the rows of files without provenance columns each file's own name, SHA-256 and load time", async () => {
		const cited: DatasetContract = { ...tallies, id: 'cited', table: 'cited', columns: [...tallies.columns, ...provenanceColumns] };
		const files = [file('april.csv', fileText(tallies, rows('2024-04,a,1'))), file('may.csv', fileText(tallies, rows('2024-05,a,1', '2024-05,b,2')))];
		const together = await stageFiles(db, cited, files, false);
		const sources = await Promise.all(
			together.map(async (outcome) => (outcome.kind === 'staged' ? (await stagedRows(cited, outcome.file)).map((row) => row.split('|').slice(3).join('|')) : []))
		);
		expect(new Set(together.map((outcome) => outcome.kind === 'staged' && outcome.file.staging)).size, 'one read').toBe(1);
		expect(sources[0]).toEqual([`uploaded: april.csv|SHA-256 ${sha256Hex(new TextEncoder().encode(fileText(tallies, rows('2024-04,a,1'))))}; loaded ${loadedAt}|false`]);
		await discardStaged(
			db,
			together.flatMap((outcome) => (outcome.kind === 'staged' ? [outcome.file] : []))
		);
		await expectSameAsAlone(cited, files, false);
	});

	it('reads a broken file of the batch on its own, with the same located problems as alone, and stages the rest', async () => {
		const good = fileText(tallies, rows('2024-01,a,1'));
		const broken = `${fileText(tallies, rows('2024-02,a,1'))}2024-02,b,lots\n2024-13,c,2\n`;
		const short = `${fileText(tallies, rows('2024-03,a,1'))}2024-03,b\n`;
		const spreadsheet = `${fileText(tallies, rows('2024-04,a,1'))}2024-04,b,"1,234"\n`;
		const headerOnly = fileText(tallies, []);
		for (const setAsideInvalid of [false, true]) {
			const files = [
				file('good.csv', good),
				file('broken.csv', broken),
				file('short.csv', short),
				file('spreadsheet.csv', spreadsheet),
				file('header-only.csv', headerOnly),
				file('also-good.csv', good)
			];
			const together = await expectSameAsAlone(tallies, files, setAsideInvalid);
			const broke = together[1];
			expect(broke?.kind).toBe(setAsideInvalid ? 'staged' : 'rejected');
			if (broke?.kind === 'rejected')
				expect(broke.check.problems.map((problem) => [problem.line, problem.column])).toEqual([
					[3, 'count'],
					[4, 'month']
				]);
			expect(together[3]?.kind, 'a spreadsheet number is converted, as alone').toBe('staged');
			expect(together[4]?.kind).toBe('rejected');
		}
		expect(await tablesLeft(`${tallies.table}__`)).toBe(0);
	});

	it('reads files of different headers and encodings apart, each as alone', async () => {
		const reordered = `count,item,month\n1,a,2024-01\n`;
		const windows = new Uint8Array([...new TextEncoder().encode('month,item,count\n2024-02,'), 0xa3, ...new TextEncoder().encode(',1\n')]);
		const files = [
			file('a.csv', fileText(tallies, rows('2024-01,a,1'))),
			file('b.csv', reordered),
			file('c.csv', reordered),
			{ name: 'w.csv', blob: new Blob([windows]), loadedAt },
			file('d.csv', fileText(tallies, rows('2024-03,a,1')))
		];
		const together = await expectSameAsAlone(tallies, files, false);
		const tables = together.map((outcome) => (outcome.kind === 'staged' ? outcome.file.staging : ''));
		expect(together.map((outcome) => outcome.kind)).toEqual(['staged', 'staged', 'staged', 'staged', 'staged']);
		// a and d read together, b and c together, the Windows-1252 file alone.
		expect([tables[0] === tables[4], tables[1] === tables[2], new Set(tables).size]).toEqual([true, true, 3]);
	});

	it('stops the shared read when the load is cancelled, leaving nothing staged', async () => {
		const stop = new AbortController();
		stop.abort();
		const outcomes = await stageFiles(
			db,
			tallies,
			[file('a.csv', fileText(tallies, rows('2024-01,a,1'))), file('b.csv', fileText(tallies, rows('2024-02,a,1')))],
			false,
			stop.signal
		);
		expect(outcomes.map((outcome) => outcome.kind)).toEqual(['cancelled', 'cancelled']);
		expect(await tablesLeft(`${tallies.table}__`)).toBe(0);
	});

	it.skipIf(!policeUkFixtures())(`reads real police.uk months together: rows equal the files' records, as each alone (skipped where ${noPoliceUkFixtures})`, async () => {
		const folder = policeUkFixtures() as string;
		const street = contractById('street-crime');
		const names = ['2022-08-leicestershire-street.csv', '2022-09-leicestershire-street.csv', '2022-10-leicestershire-street.csv', '2022-10-lancashire-street.csv'];
		const texts = names.map((name) => readFileSync(join(folder, name), 'utf8'));
		const files = names.map((name, index) => file(name, texts[index] as string));
		const together = await expectSameAsAlone(street, files, false);
		expect(new Set(together.map((outcome) => outcome.kind === 'staged' && outcome.file.staging)).size, 'one read').toBe(1);
		for (const [index, outcome] of together.entries()) {
			const records = Papa.parse(texts[index] as string, { header: true, skipEmptyLines: true }).data.length;
			expect(outcome.kind === 'staged' && outcome.file.loadedRows, names[index]).toBe(records);
		}
	});
});

describe('a file staged alone', () => {
	it("is read while its copy and digest are made, not after: the copy can wait for the read, and the rows still carry the file's digest", async () => {
		const cited: DatasetContract = { ...tallies, id: 'cited_alone', table: 'cited_alone', columns: [...tallies.columns, ...provenanceColumns] };
		const text = fileText(tallies, rows('2024-06,a,1', '2024-06,b,2'));
		let readStarted: () => void = () => undefined;
		const reading = new Promise<void>((resolve) => (readStarted = resolve));
		// The engine, on any of its connections, says when DuckDB's reader is first asked for the file.
		const watch = (each: Database): Database => ({
			...each,
			query: (sql, params, options) => (sql.includes('read_csv(') && readStarted(), each.query(sql, params, options)),
			separate: async () => {
				const separate = await db.separate();
				return { ...watch(separate), close: () => separate.close() };
			}
		});
		const watched = watch(db);
		// A copy that comes only once the read has begun: staging that waited for the copy first would never finish.
		const copy = async () => (await reading, { kept: new Blob([text]), sha256: sha256Hex(new TextEncoder().encode(text)) });
		const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5_000));
		const outcome = await Promise.race([stageFile(watched, cited, 'june.csv', new Blob([text]), false, undefined, copy, loadedAt), waited]);
		expect(outcome !== 'waited' && outcome.kind).toBe('staged');
		if (outcome === 'waited' || outcome.kind !== 'staged') return;
		expect((await stagedRows(cited, outcome.file)).map((row) => row.split('|').slice(3).join('|'))).toEqual(
			Array(2).fill(`uploaded: june.csv|SHA-256 ${sha256Hex(new TextEncoder().encode(text))}; loaded ${loadedAt}|false`)
		);
		await discardStaged(db, [outcome.file]);
	});

	it('leaves nothing staged when its copy cannot be made', async () => {
		const text = fileText(tallies, rows('2024-07,a,1'));
		const copy = () => Promise.reject(new Error('the file could not be read'));
		await expect(stageFile(db, tallies, 'july.csv', new Blob([text]), false, undefined, copy, loadedAt)).rejects.toThrow('could not be read');
		expect(await tablesLeft(`${tallies.table}__`)).toBe(0);
	});
});
