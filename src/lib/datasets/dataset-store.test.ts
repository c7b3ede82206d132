import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import type { Database, QueryOptions, SqlValue } from '$lib/database/database';
import { DatasetStore, type StoreWorld } from './dataset-store';
import type { StagedFile } from './stage-file';
import type { KeptTable, LoadMode, SavedDataset } from './saved-uploads';
import { RecordBatchReader } from 'apache-arrow';
import { columnarFormat, textColumnarFormat, writeColumnar } from './columnar-form';
import { makeSnapshotFile, readSnapshotFile } from './snapshot';
import { embeddedTallies, fileText, heldRows, memoryStorage, notes, tallies, testEmbedded, type TestRow } from './store.fixtures';
import { provenanceColumns, type DatasetContract } from '$lib/contracts/contract';

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

const row = (line: string): TestRow => ({ fields: line.split(',') });

function newStore(storage = memoryStorage(), world: Partial<StoreWorld> = {}) {
	let clock = 0;
	return new DatasetStore({ database: async () => db, storage, embedded: testEmbedded, now: () => `2026-01-01T00:00:${String(clock++).padStart(2, '0')}Z`, ...world });
}

async function stageAll(store: DatasetStore, contract: DatasetContract, files: Record<string, string[]>, setAside = false): Promise<StagedFile[]> {
	// Read together, as files chosen together on the Data page are.
	const chosen = Object.entries(files).map(([name, lines]) => ({ name, blob: new Blob([fileText(contract, lines.map(row))]) }));
	const outcomes = await store.stageAll(contract, chosen, setAside);
	return outcomes.map((outcome, index) => {
		if (outcome.kind !== 'staged') throw new Error(`${chosen[index]?.name} was not staged: ${outcome.kind}`);
		return outcome.file;
	});
}

async function load(store: DatasetStore, contract: DatasetContract, files: Record<string, string[]>, mode: LoadMode) {
	return store.apply(contract, await stageAll(store, contract, files), mode);
}

describe('a load of several files', () => {
	it('updates the months the files cover and keeps the others: two files of one month both land, once', async () => {
		const store = newStore();
		await store.open(tallies);
		await load(store, tallies, { 'a.csv': ['2024-02,x,5'], 'b.csv': ['2024-02,y,6', '2024-03,z,7'] }, 'update-periods');
		expect(await heldRows(store, tallies)).toEqual(['2024-01,a,1', '2024-02,x,5', '2024-02,y,6', '2024-03,z,7']);
		// The same month again replaces it; it never doubles.
		await load(store, tallies, { 'b.csv': ['2024-02,y,6', '2024-03,z,7'] }, 'update-periods');
		expect(await heldRows(store, tallies)).toEqual(['2024-01,a,1', '2024-02,y,6', '2024-03,z,7']);
	});

	it("updates a period only within its own force: Lancashire's month never replaces Leicestershire's", async () => {
		// As police.uk's files: a month is one force's month (periodWithin), here the item column.
		const forces: DatasetContract = { ...tallies, id: 'force-tallies', table: 'force_tallies', quality: { period: 'month', periodWithin: ['item'] } };
		const store = newStore();
		await store.open(forces);
		await load(store, forces, { 'leics.csv': ['2024-02,leics,5'] }, 'update-periods');
		await load(store, forces, { 'lancs.csv': ['2024-02,lancs,6'] }, 'update-periods');
		expect(await heldRows(store, forces)).toEqual(['2024-02,lancs,6', '2024-02,leics,5']);
		await load(store, forces, { 'leics-again.csv': ['2024-02,leics,9'] }, 'update-periods');
		expect(await heldRows(store, forces)).toEqual(['2024-02,lancs,6', '2024-02,leics,9']);
	});

	it('replaces everything, says first what goes and what comes, and undo restores the version before exactly', async () => {
		const store = newStore();
		await store.open(tallies);
		const staged = await stageAll(store, tallies, { 'new.csv': ['2025-01,q,9'] });
		const plan = await store.plan(tallies, staged, 'replace');
		expect(plan).toMatchObject({
			mode: 'replace',
			askFirst: true,
			goes: { rows: embeddedTallies.length, periods: ['2024-01', '2024-02'], files: ['tallies.csv'] },
			comes: { rows: 1, periods: ['2025-01'], files: ['new.csv'] }
		});
		await store.apply(tallies, staged, 'replace');
		expect(await heldRows(store, tallies)).toEqual(['2025-01,q,9']);
		expect(store.holding(tallies.id)?.canUndo).toBe(true);
		await store.undo(tallies);
		expect(await heldRows(store, tallies)).toEqual([...embeddedTallies].sort());
		expect(store.holding(tallies.id)).toMatchObject({ source: 'embedded', canUndo: false, rowCount: 3 });
	});

	it('a rejected file in the batch stages nothing, and the dataset is as it was', async () => {
		const store = newStore();
		await store.open(tallies);
		const good = await stageAll(store, tallies, { 'good.csv': ['2024-05,a,1'] });
		const bad = await store.stage(tallies, 'bad.csv', new Blob([fileText(tallies, [{ fields: ['2024-05', 'a', '1'], bad: true }])]), false);
		expect(bad.kind).toBe('rejected');
		await store.discard(good);
		expect(await heldRows(store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('names a file already loaded, in update mode and in add mode, and asks first', async () => {
		const store = newStore();
		await store.open(notes);
		await load(store, notes, { 'n.csv': ['hello,1'] }, 'add');
		const again = await stageAll(store, notes, { 'n-copy.csv': ['hello,1'] });
		const plan = await store.plan(notes, again, 'add');
		expect(plan.alreadyLoaded).toEqual(['n-copy.csv']);
		expect(plan.askFirst).toBe(true);
		await store.discard(again);
	});

	it('rebuilds from the device after a reload, with undo still there, and shares changes through storage', async () => {
		const storage = memoryStorage();
		const first = newStore(storage);
		await first.open(tallies);
		await load(first, tallies, { 'jan.csv': ['2024-01,n,4'] }, 'update-periods');
		const reloaded = newStore(storage);
		await reloaded.open(tallies);
		expect(await heldRows(reloaded, tallies)).toEqual(await heldRows(first, tallies));
		// Another tab's load lands on what this tab stored, not on its own stale table.
		await load(reloaded, tallies, { 'mar.csv': ['2024-03,m,1'] }, 'update-periods');
		await first.refresh(tallies);
		expect(await heldRows(first, tallies)).toEqual(['2024-01,n,4', '2024-02,b,2', '2024-02,b,2', '2024-03,m,1']);
		await first.undo(tallies);
		expect(await heldRows(first, tallies)).toEqual(['2024-01,n,4', '2024-02,b,2', '2024-02,b,2']);
	});

	it('a file without provenance columns reads back after a reload with the same file, digest and load time', async () => {
		const sourced: DatasetContract = { ...notes, id: 'sourced-notes', table: 'sourced_notes', columns: [...notes.columns, ...provenanceColumns] };
		const storage = memoryStorage();
		const first = newStore(storage);
		await first.open(sourced);
		const staged = await first.stage(sourced, 'notes.csv', new Blob(['note,count\nhello,3\n']), false);
		if (staged.kind !== 'staged') throw new Error(staged.kind);
		await first.apply(sourced, [staged.file], 'add');
		const before = await heldRows(first, sourced);
		expect(before).toEqual([`hello,3,uploaded: notes.csv,SHA-256 ${staged.file.sha256}; loaded ${staged.file.loadedAt},false`]);
		await new Promise((resolve) => setTimeout(resolve, 5));
		const reloaded = newStore(storage);
		await reloaded.open(sourced);
		expect(await heldRows(reloaded, sourced)).toEqual(before);
	});

	it('with the device full, the load is for this session only and the holding says so', async () => {
		const storage = memoryStorage();
		const store = newStore(storage);
		await store.open(notes);
		storage.full = true;
		const { kept, holding } = await load(store, notes, { 'n.csv': ['x,1'] }, 'add');
		expect(kept).toBe(false);
		expect(holding.sessionOnly).toBe(true);
		expect(await heldRows(store, notes)).toEqual(['x,1']);
	});
});

describe('a dataset kept on the device in its columnar form', () => {
	/** The database as a reload sees it, failing any statement that reads a CSV or a file handed to it. */
	function readsNoCsv(): StoreWorld['database'] {
		const refuse = async (): Promise<never> => {
			throw new Error('A CSV was read again.');
		};
		return async () => ({
			...db,
			registerCsv: refuse,
			registerFile: refuse,
			query: (sql, params, options) => (/read_csv/i.test(sql) ? refuse() : db.query(sql, params, options))
		});
	}

	it('comes back after a reload, with undo, without reading a CSV again; the record holds the form, its manifest and the files', async () => {
		const storage = memoryStorage();
		const store = newStore(storage);
		await store.open(tallies);
		await load(store, tallies, { 'a.csv': ['2024-02,x,5'], 'b.csv': ['2024-03,y,6'] }, 'update-periods');
		const shown = await heldRows(store, tallies);
		// The load is kept at once as its files; the columnar form is added just after, keeping the revision.
		const first = await storage.get<SavedDataset>(`scrutiny-dataset:${tallies.id}`);
		await store.settled();
		const saved = await storage.get<SavedDataset>(`scrutiny-dataset:${tallies.id}`);
		expect(saved?.revision).toBe(first?.revision);
		// The files' bytes stay beside the form, so a later load is kept as quickly (see `#save`).
		expect(saved?.loads.flatMap((each) => each.files).every((file) => file.blob instanceof Blob)).toBe(true);
		expect(saved?.kept?.format).toBe(columnarFormat);
		expect(saved?.kept?.columns).toEqual(tallies.columns.map((column) => column.name));
		expect(saved?.kept?.current.rows).toBe(shown.length);
		const files = saved?.kept?.current.loads.flatMap((each) => each.files) ?? [];
		expect(files.map((file) => [file.name, file.rows, file.periods])).toEqual([
			['a.csv', 1, ['2024-02']],
			['b.csv', 1, ['2024-03']]
		]);
		for (const file of files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(files.some((file) => 'blob' in file)).toBe(false);

		const reloaded = newStore(storage, { database: readsNoCsv() });
		expect(await reloaded.open(tallies)).toEqual({ status: 'ready' });
		expect(await heldRows(reloaded, tallies)).toEqual(shown);
		expect(reloaded.holding(tallies.id)).toEqual(store.holding(tallies.id));
		expect(reloaded.holding(tallies.id)?.files.map((file) => file.name)).toEqual(['tallies.csv', 'a.csv', 'b.csv']);
		await reloaded.undo(tallies);
		await reloaded.settled();
		expect(await heldRows(reloaded, tallies)).toEqual([...embeddedTallies].sort());
		expect(reloaded.holding(tallies.id)).toMatchObject({ source: 'embedded', canUndo: false });
		// Undone, the device keeps the version before: another reload shows it, still without a CSV read.
		const again = newStore(storage, { database: readsNoCsv() });
		await again.open(tallies);
		expect(await heldRows(again, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('a record kept before the columnar form (the files themselves) still reopens, by reading them again', async () => {
		const storage = memoryStorage();
		const text = fileText(tallies, [row('2024-05,q,3')]);
		const old = {
			revision: 'r1',
			canUndo: false,
			loads: [
				{
					mode: 'update-periods',
					loadedAt: '2026-01-01T00:00:00Z',
					files: [{ name: 'old.csv', sha256: 'a'.repeat(64), blob: new Blob([text]), rows: 1, setAsideInvalid: false, periods: ['2024-05'] }]
				}
			]
		};
		await storage.set(`scrutiny-dataset:${tallies.id}`, old);
		const store = newStore(storage);
		await store.open(tallies);
		expect(await heldRows(store, tallies)).toEqual([...embeddedTallies, '2024-05,q,3'].sort());
		// Then its columnar form is written, under the same revision, and the next reload reads no CSV.
		await store.settled();
		expect((await storage.get<SavedDataset>(`scrutiny-dataset:${tallies.id}`))?.kept?.current.rows).toBe(4);
		const next = newStore(storage, { database: readsNoCsv() });
		await next.open(tallies);
		expect(await heldRows(next, tallies)).toEqual([...embeddedTallies, '2024-05,q,3'].sort());
	});

	it('opens a snapshot in place: each dataset into the engine once, shown at once, kept for the next reload; a misfit changes nothing', async () => {
		const storage = memoryStorage();
		const store = newStore(storage);
		await store.open(tallies);
		await store.open(notes);
		await load(store, tallies, { 'a.csv': ['2024-02,x,5'], 'b.csv': ['2024-03,y,6'] }, 'update-periods');
		await store.settled();
		const shown = await heldRows(store, tallies);
		const snapshot = [
			{ contract: tallies, kept: await store.kept(tallies) },
			{ contract: notes, kept: await store.kept(notes) }
		];
		const holding = store.holding(tallies.id);

		// Another tab, with the embedded data only and both datasets open: it opens the snapshot.
		const otherStorage = memoryStorage();
		const other = newStore(otherStorage);
		await other.open(tallies);
		await other.open(notes);
		let imports = 0;
		let csvReads = 0;
		// Counted on every connection: the snapshot's rows go into the engine on one of their own.
		const counting = <T extends Database>(on: T): T => ({
			...on,
			importArrowIpc: (name: string, stream: Uint8Array) => {
				imports++;
				return on.importArrowIpc(name, stream);
			},
			query: (sql: string, params?: readonly SqlValue[], options?: QueryOptions) => {
				if (/read_csv/i.test(sql)) csvReads++;
				return on.query(sql, params, options);
			},
			separate: async () => counting(await on.separate())
		});
		const counted = newStore(otherStorage, { database: async () => counting(db) });
		await counted.open(tallies);
		await counted.open(notes);
		csvReads = 0;
		expect(await counted.restore([tallies, notes], snapshot)).toEqual({ kept: true });
		// One slice each (a dataset with no rows has none), handed to the engine once: no second pass, no CSV read.
		expect(imports).toBe(snapshot.filter((dataset) => dataset.kept.rows > 0).length);
		expect(imports).toBeGreaterThan(0);
		expect(csvReads).toBe(0);
		expect(await heldRows(counted, tallies)).toEqual(shown);
		expect(counted.holding(tallies.id)).toEqual({ ...holding, canUndo: false });
		// Kept on the device in its form: a reload shows the same rows.
		const reloaded = newStore(otherStorage, { database: readsNoCsv() });
		await reloaded.open(tallies);
		expect(await heldRows(reloaded, tallies)).toEqual(shown);

		// A snapshot whose second dataset does not fit changes nothing, in the tables or on the device.
		const before = await otherStorage.get<SavedDataset>(`scrutiny-dataset:${tallies.id}`);
		const misfit = { ...snapshot[1], kept: { ...(snapshot[1]?.kept as KeptTable), rows: 99 } } as (typeof snapshot)[number];
		// Its first dataset fits, and holds other rows than are shown: they must not land.
		await db.query(`CREATE OR REPLACE TABLE other_tallies AS SELECT * FROM ${tallies.table} WHERE false`);
		await db.query(`INSERT INTO other_tallies SELECT * FROM ${tallies.table} LIMIT 1`);
		const fits = { ...(snapshot[0]?.kept as KeptTable), bytes: await writeColumnar(db, tallies, 'other_tallies'), rows: 1 };
		await expect(counted.restore([tallies, notes], [{ contract: tallies, kept: fits }, misfit])).rejects.toThrow(/nothing was changed/);
		expect(await heldRows(counted, tallies)).toEqual(shown);
		expect((await otherStorage.get<SavedDataset>(`scrutiny-dataset:${tallies.id}`))?.revision).toBe(before?.revision);
	});

	it('leaves a snapshot dataset the tab holds already, proven by its fingerprint; one with other rows, or a part not the one fingerprinted, opens in full', async () => {
		let imports = 0;
		const counting = <T extends Database>(on: T): T => ({
			...on,
			importArrowIpc: (name: string, stream: Uint8Array) => {
				imports++;
				return on.importArrowIpc(name, stream);
			},
			separate: async () => counting(await on.separate())
		});
		/** A snapshot of what `store` holds, through the file a user saves and opens. */
		const snapshotOf = async (store: DatasetStore) => {
			const datasets = [
				{ contract: tallies, ...(await store.snapshotOf(tallies)) },
				{ contract: notes, ...(await store.snapshotOf(notes)) }
			];
			const file = await makeSnapshotFile('/data', datasets, '2026-12-06T00:00:00.000Z');
			const read = await readSnapshotFile(new Uint8Array(await file.arrayBuffer()), [tallies, notes]);
			if (!read.ok) throw new Error(read.reason);
			return read.snapshot.datasets.map((dataset) => {
				if (!('kept' in dataset)) throw new Error('A columnar snapshot was expected.');
				return { contract: dataset.id === tallies.id ? tallies : notes, kept: dataset.kept, fingerprint: dataset.fingerprint };
			});
		};
		const storage = memoryStorage();
		const store = newStore(storage, { database: async () => counting(db) });
		await store.open(tallies);
		await store.open(notes);
		await load(store, tallies, { 'a.csv': ['2024-02,x,5'], 'b.csv': ['2024-03,y,6'] }, 'update-periods');
		await store.settled();
		const shown = await heldRows(store, tallies);
		const snapshot = await snapshotOf(store);
		expect(snapshot.every((dataset) => dataset.fingerprint?.partSha256.length === 64)).toBe(true);

		// The same tab opens it (and keeps it on the device again): every
		// dataset is the one it holds, so no row goes into the engine again.
		const holding = store.holding(tallies.id);
		imports = 0;
		expect(await store.restore([tallies, notes], snapshot)).toEqual({ kept: true });
		expect(imports).toBe(0);
		expect(await heldRows(store, tallies)).toEqual(shown);
		expect(store.holding(tallies.id)).toEqual({ ...holding, canUndo: false });
		await store.settled();
		const reloaded = newStore(storage, { database: readsNoCsv() });
		await reloaded.open(tallies);
		expect(await heldRows(reloaded, tallies)).toEqual(shown);

		// A tab holding other rows in as many (another file loaded): the snapshot's tallies go in, in full, beside its
		// notes (a note more here, so surely not the same, and filled while the tallies' fingerprint is worked out).
		const other = newStore(memoryStorage(), { database: async () => counting(db) });
		await other.open(tallies);
		await other.open(notes);
		await load(other, tallies, { 'c.csv': ['2024-02,z,7'], 'd.csv': ['2024-03,w,8'] }, 'update-periods');
		await load(other, notes, { 'n.csv': ['held here,1'] }, 'add');
		expect(other.holding(tallies.id)?.rowCount).toBe(shown.length);
		expect(await heldRows(other, tallies)).not.toEqual(shown);
		imports = 0;
		await other.restore([tallies, notes], snapshot);
		expect(imports).toBe(1);
		expect(await heldRows(other, tallies)).toEqual(shown);
		expect(await heldRows(other, notes)).toEqual(await heldRows(store, notes));

		// A part that is not the one its fingerprint was recorded beside (other rows under the held rows' fingerprint)
		// proves nothing: its rows are the ones opened.
		const held = snapshot[0] as (typeof snapshot)[number];
		await db.query(`CREATE OR REPLACE TABLE swapped_tallies AS SELECT * FROM ${tallies.table} WHERE false`);
		await db.query(`INSERT INTO swapped_tallies SELECT month, 'swapped', count FROM ${tallies.table}`);
		const swapped = { ...held, kept: { ...held.kept, bytes: await writeColumnar(db, tallies, 'swapped_tallies') } };
		imports = 0;
		await other.restore([tallies, notes], [swapped, snapshot[1] as (typeof snapshot)[number]]);
		expect(imports).toBe(1);
		expect((await heldRows(other, tallies)).every((line) => line.includes(',swapped,'))).toBe(true);
	});

	it('a snapshot whose dataset fails in the engine names that dataset, not one whose rows the failed transaction then refused', async () => {
		const storage = memoryStorage();
		const store = newStore(storage);
		await store.open(tallies);
		await store.open(notes);
		await load(store, notes, { 'n.csv': ['in the snapshot,3'] }, 'add');
		await store.settled();
		const embedded = await heldRows(store, tallies);
		const fits = await store.kept(notes);
		expect(fits.rows).toBeGreaterThan(0);
		// The tallies in the older text form, with a count that does not cast: its INSERT fails in the engine.
		const asText = { ...tallies, columns: tallies.columns.map((column) => ({ ...column, type: 'text' as const })) };
		await db.query(`CREATE OR REPLACE TABLE bad_tallies (month VARCHAR, item VARCHAR, count VARCHAR)`);
		await db.query(`INSERT INTO bad_tallies VALUES ('2024-05', 'q', 'three')`);
		const bad: KeptTable = { ...(await store.kept(tallies)), bytes: await writeColumnar(db, asText, 'bad_tallies'), rows: 1 };
		// The notes' rows are read (and so handed over) only once the tallies' statement has failed, so the transaction
		// refuses them too.
		let tallyFailed!: () => void;
		const failed = new Promise<void>((resolve) => (tallyFailed = resolve));
		const late = {
			...fits,
			bytes: {
				stream: () =>
					new ReadableStream<Uint8Array>({
						async start(controller) {
							await failed;
							controller.enqueue(new Uint8Array(await fits.bytes.arrayBuffer()));
							controller.close();
						}
					})
			} as unknown as Blob
		};
		const gated = <T extends Database>(on: T): T => ({
			...on,
			query: async (sql: string, params?: readonly SqlValue[], options?: QueryOptions) => {
				try {
					return await on.query(sql, params, options);
				} catch (error) {
					if (sql.includes('tallies__snapshot')) tallyFailed();
					throw error;
				}
			},
			separate: async () => gated(await on.separate())
		});
		// Another tab, with the embedded data only, opens it.
		const opening = newStore(memoryStorage(), { database: async () => gated(db) });
		await opening.open(tallies);
		await opening.open(notes);
		await expect(
			opening.restore(
				[tallies, notes],
				[
					{ contract: notes, kept: late },
					{ contract: tallies, kept: bad, format: textColumnarFormat }
				]
			)
		).rejects.toThrow(/^The tallies in the snapshot does not fit this dashboard's contract [\s\S]*; nothing was changed\.$/);
		expect(await heldRows(opening, tallies)).toEqual(embedded);
	});

	it("a dataset kept in the text form (before December 2026) reopens, and is handed on in today's form", async () => {
		const storage = memoryStorage();
		// The text form: every column as text, as written before December 2026.
		const asText = { ...tallies, columns: tallies.columns.map((column) => ({ ...column, type: 'text' as const })) };
		await db.query(`CREATE OR REPLACE TABLE old_tallies (month VARCHAR, item VARCHAR, count VARCHAR)`);
		await db.query(`INSERT INTO old_tallies VALUES ('2024-05', 'q', '3'), ('2024-06', 'r', '4')`);
		const bytes = await writeColumnar(db, asText, 'old_tallies');
		const current: KeptTable = { bytes, rows: 2, source: 'uploaded', files: [{ name: 'old.csv', periods: ['2024-05', '2024-06'] }], loadedAt: '2026-11-01T00:00:00Z', loads: [] };
		await storage.set(`scrutiny-dataset:${tallies.id}`, {
			revision: 'r1',
			canUndo: false,
			loads: [],
			kept: { format: textColumnarFormat, columns: ['month', 'item', 'count'], current }
		});
		const store = newStore(storage, { database: readsNoCsv() });
		expect(await store.open(tallies)).toEqual({ status: 'ready' });
		expect(await heldRows(store, tallies)).toEqual(['2024-05,q,3', '2024-06,r,4']);
		// A snapshot made now holds today's form (the count as a number), not the old bytes under today's name.
		const handed = await store.kept(tallies);
		expect(handed.bytes).not.toBe(bytes);
		const types: string[] = [];
		for await (const reader of RecordBatchReader.readAll(handed.bytes.stream().pipeThrough(new DecompressionStream('gzip')))) {
			types.push(...reader.schema.fields.map((field) => `${field.name}: ${String(field.type).replace(/^Dictionary<\w+, Utf8>$/, 'Utf8')}`));
			for await (const _batch of reader) void _batch;
		}
		expect(types).toEqual(['month: Utf8', 'item: Utf8', 'count: Int32']);
	});
});
