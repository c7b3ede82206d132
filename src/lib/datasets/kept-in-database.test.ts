import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import type { Database } from '$lib/database/database';
import { DatasetStore, embeddedTableIdentity } from './dataset-store';
import { holdCheckpoints, keptInFile, writeThroughLater } from './kept-in-database';
import { loadFailure } from './load-failure';
import { savedDataset, type LoadMode } from './saved-uploads';
import { embeddedTallies, expectedAfter, fileText, heldRows, memoryStorage, notes, tallies, testEmbedded, testEmbeddedIdentity, type TestRow } from './store.fixtures';
import type { DeviceStorage } from './device-storage';
import type { DatasetContract } from '$lib/contracts/contract';

// Each test's database file, in a folder of its own; opened again as a reload opens the browser's.
const folders: string[] = [];
const open: NodeDatabase[] = [];
// Each test's stores: a database is closed only once their writing in the background (the columnar form) has ended.
const stores: DatasetStore[] = [];
afterEach(async () => {
	await Promise.allSettled(stores.splice(0).map((store) => store.settled()));
	for (const db of open.splice(0)) db.close();
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function databaseFile(): string {
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-kept-'));
	folders.push(folder);
	return join(folder, 'kept.duckdb');
}

async function openFile(path: string): Promise<NodeDatabase> {
	const db = await openNodeDatabase(path);
	open.push(db);
	return db;
}

/** A tab's database that counts the files handed to it: a reload from the file must read none. */
function counting(db: Database): { db: Database; filesRead: () => number } {
	let read = 0;
	return {
		db: {
			...db,
			registerCsv: (name, text) => ((read += 1), db.registerCsv(name, text)),
			registerFile: (name, file) => ((read += 1), db.registerFile(name, file))
		},
		filesRead: () => read
	};
}

/** A build's embedded extracts: the tests' own, or `tallies` with other rows (another build's); counts each one asked for. */
function build(talliesLines?: readonly string[]) {
	const asked: string[] = [];
	const text = async (contract: DatasetContract) =>
		talliesLines && contract.id === tallies.id ? { file: 'tallies.csv', text: fileText(tallies, rowsOf(talliesLines)) } : testEmbedded(contract);
	return {
		asked,
		embedded: (contract: DatasetContract) => (asked.push(contract.id), text(contract)),
		// As the browser's content-hashed address: it changes with the extract's bytes.
		embeddedIdentity: (contract: DatasetContract) => (talliesLines && contract.id === tallies.id ? `tallies.csv ${talliesLines.join('|')}` : testEmbeddedIdentity(contract))
	};
}

function newStore(db: Database, storage: DeviceStorage, keepAfterMs = 0, extracts: ReturnType<typeof build> = build()) {
	let clock = 0;
	const store = new DatasetStore({
		database: async () => db,
		storage,
		embedded: extracts.embedded,
		embeddedIdentity: extracts.embeddedIdentity,
		now: () => `2026-01-01T00:00:${String(clock++).padStart(2, '0')}Z`,
		keepAfterMs
	});
	stores.push(store);
	return store;
}

/**
 * Closes the tab's database file last opened, as a reload does, once its stores' background writing
 * has ended; or, for a tab closed in the middle of a load (`abandoned`), at once, its store forgotten.
 */
async function closeLast(abandoned?: DatasetStore): Promise<void> {
	if (abandoned) stores.splice(stores.indexOf(abandoned), 1);
	await Promise.allSettled(stores.map((store) => store.settled()));
	(open.pop() as NodeDatabase).close();
}

const rowsOf = (lines: readonly string[]): TestRow[] => lines.map((line) => ({ fields: line.split(',') }));

async function load(store: DatasetStore, contract: DatasetContract, lines: readonly string[], mode: LoadMode) {
	const outcomes = await store.stageAll(contract, [{ name: 'upload.csv', blob: new Blob([fileText(contract, rowsOf(lines))]) }], false);
	const staged = outcomes.flatMap((outcome) => (outcome.kind === 'staged' ? [outcome.file] : []));
	if (staged.length !== 1) throw new Error('the file was not staged');
	return store.apply(contract, staged, mode);
}

describe('datasets kept in the database file on the device', () => {
	it('come back after a reload as they were, with no file read again and no columnar form reopened', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const upload = ['2024-02,x,5', '2024-03,y,6'];
		const first = newStore(await openFile(path), storage);
		await first.open(tallies);
		await load(first, tallies, upload, 'update-periods');
		await first.settled();
		const holding = first.holding(tallies.id);
		// The columnar form is written beside the file all the same, for a second tab the file is refused to.
		expect((await savedDataset(storage, tallies.id))?.kept).toBeDefined();
		await closeLast();

		const reloaded = counting(await openFile(path));
		const second = newStore(reloaded.db, storage);
		expect(await second.open(tallies)).toEqual({ status: 'ready' });
		expect(reloaded.filesRead()).toBe(0);
		expect(await heldRows(second, tallies)).toEqual(expectedAfter(tallies, embeddedTallies, [rowsOf(upload)], 'update-periods').sort());
		expect(second.holding(tallies.id)).toEqual(holding);
		// The table before the load is in the file too: undo still works after the reload.
		await second.undo(tallies);
		expect(await heldRows(second, tallies)).toEqual([...embeddedTallies].sort());
		expect(reloaded.filesRead()).toBe(0);
	});

	it('are rebuilt from what is stored when another tab has stored a newer version since', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = newStore(await openFile(path), storage);
		await first.open(tallies);
		await load(first, tallies, ['2024-02,x,5'], 'update-periods');
		await closeLast();
		// Another tab, in memory (it could not have the file), loads March over what is stored.
		const other = newStore(await openNodeDatabase(), storage);
		await other.open(tallies);
		await load(other, tallies, ['2024-03,z,7'], 'update-periods');
		await other.settled();

		const db = await openFile(path);
		const second = newStore(db, storage);
		await second.open(tallies);
		expect(await heldRows(second, tallies)).toEqual(expectedAfter(tallies, embeddedTallies, [rowsOf(['2024-02,x,5']), rowsOf(['2024-03,z,7'])], 'update-periods').sort());
		// Rebuilt, the file is marked with the stored version again.
		expect((await keptInFile(db, tallies.id))?.revision).toBe((await savedDataset(storage, tallies.id))?.revision);
	});

	it('are gone from the file after "Reset to the embedded data", in a tab that had not opened them too', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = newStore(await openFile(path), storage);
		await first.open(tallies);
		await load(first, tallies, ['2025-01,q,9'], 'replace');
		await closeLast();

		const db = await openFile(path);
		await newStore(db, storage).reset([tallies]);
		expect(await keptInFile(db, tallies.id)).toBeUndefined();
		const tables = await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'tallies%'`);
		expect(tables.numRows).toBe(0);
		const after = newStore(db, storage);
		await after.open(tallies);
		expect(await heldRows(after, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('are not taken from the file after a load the device would not store: a reload shows the version stored', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = newStore(await openFile(path), storage);
		await first.open(tallies);
		await load(first, tallies, ['2025-01,q,9'], 'replace');
		storage.full = true;
		// As many rows as the version stored, so only the file's mark can tell them apart.
		const { kept } = await load(first, tallies, ['2025-02,r,8'], 'replace');
		expect(kept).toBe(false);
		expect(await heldRows(first, tallies)).toEqual(['2025-02,r,8']);
		await closeLast();

		storage.full = false;
		const second = newStore(await openFile(path), storage);
		await second.open(tallies);
		expect(await heldRows(second, tallies)).toEqual(['2025-01,q,9']);
	});

	it('are not taken from the file when the tab closed after the table changed but before the load was stored', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		let closing: (() => void) | undefined;
		const stored = new Promise<void>((resolve) => (closing = resolve));
		let hang = false;
		// The device storage of a tab closing: the second load's record is never written.
		const closes: DeviceStorage = { ...storage, set: (key, value) => (hang ? (closing?.(), new Promise<void>(() => undefined)) : storage.set(key, value)) };
		const first = newStore(await openFile(path), closes);
		await first.open(tallies);
		await load(first, tallies, ['2025-01,q,9'], 'replace');
		await first.settled();
		hang = true;
		void load(first, tallies, ['2025-02,r,8'], 'replace');
		await stored;
		await closeLast(first);

		const second = newStore(await openFile(path), storage);
		await second.open(tallies);
		expect(await heldRows(second, tallies)).toEqual(['2025-01,q,9']);
	});

	it('a load too large for the memory the engine may use is refused in words that say what to do, and changes nothing', async () => {
		const db = await openFile(databaseFile());
		const storage = memoryStorage();
		const store = newStore(db, storage);
		await store.open(tallies);
		await load(store, tallies, ['2024-02,x,5'], 'update-periods');
		const before = await heldRows(store, tallies);
		// A limit far below what reading this file needs (the browser's is 256-512 MB; a test's file is small).
		await db.query(`SET memory_limit = '4MB'`);
		const big = Array.from({ length: 200_000 }, (_, index) => ({
			fields: [`2024-${String((index % 12) + 1).padStart(2, '0')}`, `item number ${index} of a large file`, String(index)]
		}));
		const staging = store.stageAll(tallies, [{ name: 'large-tallies.csv', blob: new Blob([fileText(tallies, big)]) }], false);
		const error = await staging.then(
			() => undefined,
			(reason: unknown) => reason
		);
		expect(error).toBeDefined();
		const said = loadFailure(error, 'large-tallies.csv');
		expect(said).toContain('Loading large-tallies.csv needed more memory than this browser lets the dashboard use');
		await db.query(`RESET memory_limit`);
		expect(await heldRows(store, tallies)).toEqual(before);
		expect((await keptInFile(db, tallies.id))?.revision).toBe((await savedDataset(storage, tallies.id))?.revision);
	});

	it("leave no staging table of a load a tab was closed in the middle of: the next tab's first load drops it", async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = newStore(await openFile(path), storage);
		await first.open(tallies);
		const [outcome] = await first.stageAll(tallies, [{ name: 'left.csv', blob: new Blob([fileText(tallies, rowsOf(['2024-05,s,1']))]) }], false);
		if (outcome?.kind !== 'staged') throw new Error('the file was not staged');
		const left = outcome.file.staging;
		await closeLast();

		const db = await openFile(path);
		const second = newStore(db, storage);
		await second.open(tallies);
		await load(second, tallies, ['2024-06,t,2'], 'update-periods');
		const tables = await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name = ?`, [left]);
		expect(tables.numRows).toBe(0);
		expect(await heldRows(second, tallies)).toEqual(expectedAfter(tallies, embeddedTallies, [rowsOf(['2024-06,t,2'])], 'update-periods').sort());
	});

	it("two snapshots opened within moments hold the engine's checkpoints until both have let go, then put its own threshold back", async () => {
		const db = await openFile(databaseFile());
		const setting = async () => String((await db.query(`SELECT current_setting('checkpoint_threshold') AS t`)).get(0)?.['t']);
		const own = await setting();
		const first = await holdCheckpoints(db);
		const second = await holdCheckpoints(db);
		// Each is told the engine's own threshold, not the held one the first set.
		expect([first, second]).toEqual([own, own]);
		expect(await setting()).not.toBe(own);
		await writeThroughLater(db, first, 0);
		expect(await setting()).not.toBe(own);
		await writeThroughLater(db, second, 0);
		expect(await setting()).toBe(own);
	});

	it('a meeting snapshot of several datasets is marked in the file with no write through in its way, written through once after, and a reload takes its tables as they stand', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		// The snapshot: two datasets, one with a load, made on another device.
		const elsewhere = newStore(await openFile(databaseFile()), memoryStorage());
		await elsewhere.open(tallies);
		await elsewhere.open(notes);
		await load(elsewhere, tallies, ['2024-03,m,7'], 'update-periods');
		await load(elsewhere, notes, ['from the snapshot,3'], 'add');
		const snapshot = [
			{ contract: tallies, kept: await elsewhere.kept(tallies) },
			{ contract: notes, kept: await elsewhere.kept(notes) }
		];
		const shown = { tallies: await heldRows(elsewhere, tallies), notes: await heldRows(elsewhere, notes) };
		let checkpoints = 0;
		const db = await openFile(path);
		const thresholdBefore = String((await db.query(`SELECT current_setting('checkpoint_threshold') AS t`)).get(0)?.['t']);
		// The file written through a moment after the snapshot opens (as after its page is drawn), so the opening itself can be seen.
		const store = newStore({ ...db, query: (sql, params, options) => ((checkpoints += Number(/^\s*CHECKPOINT/i.test(sql))), db.query(sql, params, options)) }, storage, 200);
		await store.open(tallies);
		await store.open(notes);
		await load(store, tallies, ['2024-09,old,1'], 'update-periods');
		checkpoints = 0;
		expect(await store.restore([tallies, notes], snapshot)).toEqual({ kept: true });
		// Nothing written through while the snapshot opens: its rows and marks are in the file's log (which a reload replays).
		expect(checkpoints).toBe(0);
		for (const contract of [tallies, notes]) expect((await keptInFile(db, contract.id))?.revision, contract.id).toBe((await savedDataset(storage, contract.id))?.revision);
		// Then once, after the page is drawn (200 ms later here), with the engine's own checkpoints let go again.
		await store.settled();
		expect(checkpoints).toBe(1);
		const threshold = await db.query(`SELECT current_setting('checkpoint_threshold') AS t`);
		expect(String(threshold.get(0)?.['t'])).toBe(thresholdBefore);
		await closeLast();
		const reloaded = counting(await openFile(path));
		const again = newStore(reloaded.db, storage);
		expect(await heldRows(again, tallies)).toEqual(shown.tallies);
		expect(await heldRows(again, notes)).toEqual(shown.notes);
		expect(reloaded.filesRead()).toBe(0);
	});
});

/**
 * The embedded extracts a start finds in the database file as this build ships them, with nothing stored for them:
 * taken as they stand (no fetch, check or load). Every other start loads them as a start always did.
 */
describe('embedded extracts kept in the database file on the device', () => {
	/** Starts a tab on the file at `path`: opens these datasets and answers the store, what it asked for and the files it read. */
	async function start(path: string, storage: DeviceStorage, extracts = build(), contracts: readonly DatasetContract[] = [tallies, notes]) {
		const reading = counting(await openFile(path));
		const store = newStore(reading.db, storage, 0, extracts);
		for (const contract of contracts) expect(await store.open(contract)).toEqual({ status: 'ready' });
		return { store, asked: extracts.asked, filesRead: reading.filesRead, db: reading.db };
	}

	it('are taken from the file at a second start with no extract fetched, checked or loaded, the same rows and the same holding', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = await start(path, storage);
		expect(first.asked).toEqual([tallies.id, notes.id]);
		const rows = { tallies: await heldRows(first.store, tallies), notes: await heldRows(first.store, notes) };
		const holdings = { tallies: first.store.holding(tallies.id), notes: first.store.holding(notes.id) };
		expect(rows.tallies).toEqual([...embeddedTallies].sort());
		await closeLast();

		const second = await start(path, storage);
		expect(second.asked).toEqual([]);
		expect(second.filesRead()).toBe(0);
		expect({ tallies: await heldRows(second.store, tallies), notes: await heldRows(second.store, notes) }).toEqual(rows);
		// What the Data page says: source, file, rows, periods, and "as at" this start (each store's clock starts alike).
		expect({ tallies: second.store.holding(tallies.id), notes: second.store.holding(notes.id) }).toEqual(holdings);
		expect(second.store.holding(tallies.id)?.files).toEqual([{ name: 'tallies.csv', periods: ['2024-01', '2024-02'] }]);
		// A load then works on the table taken, and replaces its mark.
		await load(second.store, tallies, ['2024-02,x,5'], 'update-periods');
		expect((await keptInFile(second.db, tallies.id))?.embedded).toBeUndefined();
		await closeLast();
		const third = await start(path, storage);
		expect(await heldRows(third.store, tallies)).toEqual(expectedAfter(tallies, embeddedTallies, [rowsOf(['2024-02,x,5'])], 'update-periods').sort());
		expect(third.asked).toEqual([]);
	});

	it("are loaded again from another build's extract (other bytes), or for a contract that makes another table, then taken at the next start", async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		await start(path, storage);
		await closeLast();

		const other = ['2024-05,c,3', '2024-06,d,4'];
		const next = await start(path, storage, build(other));
		expect(next.asked).toEqual([tallies.id]);
		expect(await heldRows(next.store, tallies)).toEqual([...other].sort());
		await closeLast();
		const again = await start(path, storage, build(other));
		expect(again.asked).toEqual([]);
		expect(await heldRows(again.store, tallies)).toEqual([...other].sort());
		await closeLast();

		// The same bytes read by a contract that types a column otherwise: loaded again into the table it makes.
		const retyped: DatasetContract = { ...tallies, columns: tallies.columns.map((column) => (column.name === 'count' ? { ...column, type: 'text' } : column)) };
		const later = await start(path, storage, build(other), [retyped]);
		expect(later.asked).toEqual([tallies.id]);
		const types = await later.db.query(`SELECT data_type FROM duckdb_columns() WHERE table_name = ? AND column_name = 'count'`, [tallies.table]);
		expect(String(types.get(0)?.['data_type'])).toBe('VARCHAR');
	});

	it('are loaded again when the table does not hold the rows its mark counts', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		await start(path, storage);
		await closeLast();
		const db = await openFile(path);
		await db.query(`INSERT INTO tallies VALUES ('2024-09', 'stray', 1)`);
		await closeLast();

		const next = await start(path, storage);
		expect(next.asked).toEqual([tallies.id]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('are never taken while something is stored for the dataset: another tab kept an upload since', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		await start(path, storage);
		await closeLast();
		// Another tab, in memory (the file was not its to hold), loads over the embedded extract and keeps it.
		const other = newStore(await openNodeDatabase(), storage);
		await other.open(tallies);
		await load(other, tallies, ['2024-03,z,7'], 'update-periods');
		await other.settled();

		const next = await start(path, storage);
		expect(await heldRows(next.store, tallies)).toEqual(expectedAfter(tallies, embeddedTallies, [rowsOf(['2024-03,z,7'])], 'update-periods').sort());
		expect(next.store.holding(tallies.id)?.source).toBe('uploaded');
	});

	it('after "Reset to the embedded data" in another tab, are loaded again at the next start and marked, then taken', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = await start(path, storage);
		await load(first.store, tallies, ['2025-01,q,9'], 'replace');
		await closeLast();
		// Another tab, in memory, resets: the file still marks the upload, which nothing stores now.
		await newStore(await openNodeDatabase(), storage).reset([tallies, notes]);

		const next = await start(path, storage);
		expect(next.asked).toEqual([tallies.id]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
		await closeLast();
		const again = await start(path, storage);
		expect(again.asked).toEqual([]);
		expect(await heldRows(again.store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('after "Reset to the embedded data" in another tab while this one is open, are caught up with, marked, and taken at the next start', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = await start(path, storage);
		await load(first.store, tallies, ['2025-01,q,9'], 'replace');
		// Another tab, in memory, resets; this tab is told (the announcement) and catches up.
		await newStore(await openNodeDatabase(), storage).reset([tallies, notes]);
		expect(await first.store.refresh(tallies)).toBe(true);
		expect(await heldRows(first.store, tallies)).toEqual([...embeddedTallies].sort());
		expect((await keptInFile(first.db, tallies.id))?.embedded).toBe(testEmbeddedIdentityOf(tallies));
		await closeLast();

		const next = await start(path, storage);
		expect(next.asked).toEqual([]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('after "Reset to the embedded data" in the tab holding the file, are marked truly: the next start takes them', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const first = await start(path, storage);
		await load(first.store, tallies, ['2025-01,q,9'], 'replace');
		await first.store.reset([tallies, notes]);
		expect((await keptInFile(first.db, tallies.id))?.embedded).toBe(testEmbeddedIdentityOf(tallies));
		await closeLast();

		const next = await start(path, storage);
		expect(next.asked).toEqual([]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
		expect(next.store.holding(tallies.id)).toMatchObject({ source: 'embedded', rowCount: embeddedTallies.length, canUndo: false });
	});

	it('are not taken from the file when the tab closed after a load changed the table but before it was stored', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		let closing: (() => void) | undefined;
		const stored = new Promise<void>((resolve) => (closing = resolve));
		// The device storage of a tab closing: the load's record is never written.
		const closes: DeviceStorage = { ...storage, set: () => (closing?.(), new Promise<void>(() => undefined)) };
		const first = newStore(await openFile(path), closes, 0, build());
		await first.open(tallies);
		await first.settled();
		// As many rows as the embedded extract, so only the file's mark can tell them apart.
		void load(first, tallies, ['2025-01,q,9', '2025-02,r,8', '2025-03,s,7'], 'replace');
		await stored;
		await closeLast(first);

		const next = await start(path, storage, build(), [tallies]);
		expect(next.asked).toEqual([tallies.id]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('still open when the device will not take their mark (full), and are loaded again at the next start', async () => {
		const path = databaseFile();
		const storage = memoryStorage();
		const db = await openFile(path);
		const full: Database = {
			...db,
			query: (sql, params, options) => (/INSERT OR REPLACE INTO scrutiny_kept_versions/.test(sql) ? Promise.reject(new Error('Quota exceeded')) : db.query(sql, params, options))
		};
		const first = newStore(full, storage, 0, build());
		expect(await first.open(tallies)).toEqual({ status: 'ready' });
		expect(await heldRows(first, tallies)).toEqual([...embeddedTallies].sort());
		expect(first.holding(tallies.id)).toMatchObject({ source: 'embedded', rowCount: embeddedTallies.length });
		await closeLast();

		const next = await start(path, storage, build(), [tallies]);
		expect(next.asked).toEqual([tallies.id]);
		expect(await heldRows(next.store, tallies)).toEqual([...embeddedTallies].sort());
	});

	it('are loaded at every start where the tables are in memory', async () => {
		const storage = memoryStorage();
		for (let round = 0; round < 2; round++) {
			const extracts = build();
			const store = newStore(await openNodeDatabase(), storage, 0, extracts);
			await store.open(tallies);
			expect(extracts.asked).toEqual([tallies.id]);
		}
	});

	it('marked at a start, reach the file itself after the first figures, not before: the write through is put off', async () => {
		const path = databaseFile();
		let checkpoints = 0;
		const db = await openFile(path);
		const store = newStore(
			{ ...db, query: (sql, params, options) => ((checkpoints += Number(/^\s*CHECKPOINT/i.test(sql))), db.query(sql, params, options)) },
			memoryStorage(),
			200,
			build()
		);
		await store.open(tallies);
		await store.open(notes);
		expect(checkpoints).toBe(0);
		expect((await keptInFile(db, tallies.id))?.embedded).toBe(testEmbeddedIdentityOf(tallies));
		// Once for both, later.
		await store.settled();
		expect(checkpoints).toBe(1);
	});
});

/** The mark a store writes for a test dataset's embedded extract. */
function testEmbeddedIdentityOf(contract: DatasetContract): string {
	return embeddedTableIdentity(testEmbeddedIdentity(contract), contract);
}
