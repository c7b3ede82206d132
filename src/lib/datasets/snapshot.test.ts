import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractById, contracts } from '$lib/contracts/registry';
import { createTableSql } from '$lib/contracts/sql-types';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { columnarFormat, openColumnar, textColumnarFormat, writeColumnar } from './columnar-form';
import type { KeptTable } from './saved-uploads';
import { makeSnapshot, makeSnapshotFile, readSnapshot, readSnapshotFile } from './snapshot';

const budget = readFileSync('data/budget-split.csv', 'utf8');

describe('meeting snapshots', () => {
	it('round-trips the page and every dataset exactly', () => {
		const made = makeSnapshot('/budget?year=2017%2F18', [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }], '2026-11-23T10:00:00.000Z');
		const read = readSnapshot(JSON.stringify(made), contracts);
		expect(read).toEqual({ ok: true, snapshot: made });
	});

	it('opens a snapshot saved with a byte-order mark, as they were before November 2026', () => {
		const made = makeSnapshot('/budget', [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }], '2026-11-23T10:00:00.000Z');
		expect(readSnapshot(`\uFEFF${JSON.stringify(made)}`, contracts)).toEqual({ ok: true, snapshot: made });
	});

	it('refuses files that are not snapshots, name pages elsewhere, or break a contract', () => {
		expect(readSnapshot('not json', contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
		expect(readSnapshot('{"format":"other"}', contracts)).toMatchObject({ ok: false });
		const elsewhere = makeSnapshot('//evil.example/', [], 'now');
		expect(readSnapshot(JSON.stringify(elsewhere), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('outside the dashboard') });
		const broken = makeSnapshot('/budget', [{ id: 'budget-split', files: [], rows: 8, csv: budget.replace(',154.5,', ',lots,') }], 'now');
		expect(readSnapshot(JSON.stringify(broken), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('line 2, column 8 (amount_gbp_m)') });
		const miscounted = makeSnapshot('/budget', [{ id: 'budget-split', files: [], rows: 9, csv: budget }], 'now');
		expect(readSnapshot(JSON.stringify(miscounted), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('says 9 rows but holds 8') });
	});
});

describe('meeting snapshot files (version 2: a ZIP of a manifest and each dataset in its columnar form)', () => {
	let db: NodeDatabase;
	beforeAll(async () => {
		db = await openNodeDatabase();
	});
	afterAll(() => db.close());

	const contract = contractById('budget-split');
	async function keptBudget(): Promise<KeptTable> {
		await db.registerCsv('budget.csv', budget);
		await db.query(createTableSql(contract, 'budget.csv'));
		const rows = budget.trim().split('\n').length - 1;
		return {
			bytes: await writeColumnar(db, contract, contract.table),
			rows,
			source: 'embedded',
			files: [{ name: 'budget-split.csv', periods: ['2017/18'] }],
			loadedAt: '2026-12-06T09:00:00.000Z',
			loads: []
		};
	}

	it('holds a plain JSON manifest (no byte-order mark) and the dataset, and reads back the same rows, page and provenance', async () => {
		const kept = await keptBudget();
		const file = await makeSnapshotFile('/budget?year=2017%2F18', [{ contract, kept }], '2026-12-06T10:00:00.000Z');
		const parts = unzipSync(new Uint8Array(await file.arrayBuffer()));
		expect(Object.keys(parts).sort()).toEqual(['datasets/budget-split.arrow.gz', 'manifest.json']);
		const manifestBytes = parts['manifest.json'] as Uint8Array;
		expect(manifestBytes[0]).toBe('{'.charCodeAt(0));
		const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
		expect(manifest).toMatchObject({
			format: 'scrutiny-meeting-snapshot',
			version: 2,
			page: '/budget?year=2017%2F18',
			versions: { form: columnarFormat, columns: { 'budget-split': contract.columns.map((column) => column.name) } }
		});
		expect(manifest.datasets[0].kept).toEqual({ rows: kept.rows, source: 'embedded', files: kept.files, loadedAt: kept.loadedAt, loads: [] });

		const read = await readSnapshotFile(new Uint8Array(await file.arrayBuffer()), contracts);
		if (!read.ok) throw new Error(read.reason);
		expect(read.snapshot).toMatchObject({ version: 2, page: '/budget?year=2017%2F18', createdAt: '2026-12-06T10:00:00.000Z' });
		const opened = read.snapshot.datasets[0] as { kept: KeptTable };
		expect(await openColumnar(db, contract, 'budget_again', opened.kept.bytes)).toBe(kept.rows);
		const same = await db.query(`SELECT COUNT(*) AS n FROM (SELECT * FROM budget_again EXCEPT ALL SELECT * FROM ${contract.table})`);
		expect(Number(same.get(0)?.['n'])).toBe(0);
	});

	it('opens a version 1 file (JSON with CSV text), with or without a byte-order mark, through the CSV check', async () => {
		const made = makeSnapshot('/budget', [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }], '2026-11-23T10:00:00.000Z');
		for (const text of [JSON.stringify(made), `\uFEFF${JSON.stringify(made)}`]) {
			const read = await readSnapshotFile(new TextEncoder().encode(text), contracts);
			expect(read).toMatchObject({ ok: true, snapshot: { version: 1, page: '/budget', datasets: made.datasets } });
		}
		const broken = makeSnapshot('/budget', [{ id: 'budget-split', files: [], rows: 8, csv: budget.replace(',154.5,', ',lots,') }], 'now');
		expect(await readSnapshotFile(new TextEncoder().encode(JSON.stringify(broken)), contracts)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('line 2, column 8 (amount_gbp_m)')
		});
	});

	it('refuses, saying why, a newer version, a missing or damaged part, other columns, a miscount, a page elsewhere', async () => {
		const kept = await keptBudget();
		const good = unzipSync(new Uint8Array(await (await makeSnapshotFile('/budget', [{ contract, kept }], 'now')).arrayBuffer()));
		const manifest = JSON.parse(new TextDecoder().decode(good['manifest.json']));
		const withParts = (changes: Record<string, Uint8Array | undefined>, manifestChanges: object = {}) => {
			const parts = { ...good, 'manifest.json': new TextEncoder().encode(JSON.stringify({ ...manifest, ...manifestChanges })), ...changes };
			return zipSync(Object.fromEntries(Object.entries(parts).filter((entry): entry is [string, Uint8Array<ArrayBuffer>] => entry[1] !== undefined)));
		};
		const reason = async (bytes: Uint8Array) => {
			const read = await readSnapshotFile(bytes, contracts);
			return read.ok ? 'opened' : read.reason;
		};
		expect(await reason(withParts({}))).toBe('opened');
		expect(await reason(withParts({}, { version: 3 }))).toContain('saved by a newer version of the dashboard (snapshot version 3)');
		expect(await reason(withParts({ 'datasets/budget-split.arrow.gz': undefined }))).toContain('names datasets/budget-split.arrow.gz but does not hold it');
		expect(await reason(withParts({ 'datasets/budget-split.arrow.gz': new Uint8Array([1, 2, 3]) }))).toContain('is damaged');
		expect(await reason(withParts({ 'manifest.json': undefined }))).toContain('has no manifest');
		// A miscount is found as the part is opened (read once, not twice), still before anything is replaced.
		const miscounted = await readSnapshotFile(withParts({}, { datasets: [{ ...manifest.datasets[0], kept: { ...manifest.datasets[0].kept, rows: 9 } }] }), contracts);
		if (!miscounted.ok) throw new Error(miscounted.reason);
		await expect(openColumnar(db, contract, 'miscounted', (miscounted.snapshot.datasets[0] as { kept: KeptTable }).kept.bytes)).resolves.toBe(kept.rows);
		expect(await reason(withParts({}, { datasets: [{ ...manifest.datasets[0], kept: { ...manifest.datasets[0].kept, rows: 'many' } }] }))).toContain(
			'does not say how many rows it holds'
		);
		expect(await reason(withParts({}, { page: '//evil.example/' }))).toContain('outside the dashboard');
		expect(await reason(withParts({}, { versions: { ...manifest.versions, form: 'parquet' } }))).toContain('a form this dashboard does not read (parquet)');
		// A snapshot saved before December 2026 keeps every column as text: it still opens.
		expect(await reason(withParts({}, { versions: { ...manifest.versions, form: textColumnarFormat } }))).toBe('opened');
		const fewer = { ...contract, columns: contract.columns.slice(1) };
		expect(await reason(withParts({ 'datasets/budget-split.arrow.gz': new Uint8Array(await (await writeColumnar(db, fewer, contract.table)).arrayBuffer()) }))).toContain(
			'are not the ones this dashboard reads'
		);
		expect(await reason(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toContain('cannot be read');
	});
});
