/**
 * The registry against a plain model of what each dataset should hold, on
 * DuckDB in Node: random sequences of loads (every mode, batches of files,
 * rows set aside, the same rows twice, a full device, another force's file),
 * cancel (before apply, and through the signal while a file is read), undo,
 * reset, reload (a new tab's store rebuilt from storage, from the columnar
 * form kept there), another tab's load or reset while this one is closed, and
 * snapshot save and open (today's file and a version 1 file's CSV), checked
 * after every step. Twice: with the tables in memory, and in a database file
 * as the browser keeps them on the device, where a reload closes the file and
 * opens it again, and a second start must take every table from the file (the
 * embedded extracts too) with nothing read again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetContract } from '$lib/contracts/contract';
import type { Database } from '$lib/database/database';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { DatasetStore } from './dataset-store';
import type { KeptTable, LoadMode } from './saved-uploads';
import { makeSnapshotFile, readSnapshotFile, type SnapshotFingerprint } from './snapshot';
import type { StagedFile, StageOutcome } from './stage-file';
import { crimes, embeddedTallies, expectedAfter, fileText, heldRows, memoryStorage, notes, tallies, testEmbedded, testEmbeddedIdentity, type TestRow } from './store.fixtures';

let db: NodeDatabase;
/** The database file of the runs that keep the tables in one (undefined: in memory). */
let databaseFile: string | undefined;

/** Opens the database the runs use, or opens its file again as a reload does. */
async function openDatabase(): Promise<void> {
	db = await openNodeDatabase(databaseFile);
}

const datasets = [tallies, crimes, notes] as const;
const modes: readonly LoadMode[] = ['update-periods', 'replace', 'add'];

/** One version of a dataset: its rows, and the rows before its last load while that can be undone. */
interface Held {
	rows: string[];
	previous?: string[];
}
interface Model {
	shown: Record<string, Held>;
	stored: Record<string, Held>;
}
interface Real {
	store: DatasetStore;
	storage: ReturnType<typeof memoryStorage>;
}

const embedded = (contract: DatasetContract): Held => ({ rows: contract.id === tallies.id ? [...embeddedTallies] : [] });
const sorted = (rows: readonly string[]) => [...rows].sort();

async function expectAgrees(model: Model, real: Real): Promise<void> {
	for (const contract of datasets) {
		const shown = model.shown[contract.id] as Held;
		expect(await heldRows(real.store, contract), `${contract.id} rows`).toEqual(sorted(shown.rows));
		const holding = real.store.holding(contract.id);
		expect(holding?.rowCount, `${contract.id} row count`).toBe(shown.rows.length);
		expect(holding?.canUndo, `${contract.id} undo`).toBe(shown.previous !== undefined);
		// A refused or cancelled file leaves no staging table behind (`__previous`, the undo version, is the store's own).
		const staging = await db.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE starts_with(table_name, ?) OR starts_with(table_name, ?)`, [
			`${contract.table}__bulk_`,
			`${contract.table}__text_`
		]);
		expect(Number(staging.get(0)?.['n']), `${contract.id} staging tables left`).toBe(0);
	}
}

/** Drops the staging tables a failed run left, so a shrunk counterexample is judged on its own steps only. */
async function dropLeftStaging(): Promise<void> {
	const left = await db.query(`SELECT table_name AS name FROM duckdb_tables() WHERE contains(table_name, '__bulk_') OR contains(table_name, '__text_')`);
	for (let i = 0; i < left.numRows; i++) await db.query(`DROP TABLE IF EXISTS "${String(left.get(i)?.['name'])}"`);
}

/** Every store made, so the database is closed only once none is still writing a columnar form (a closed DuckDB must not be queried). */
const stores: DatasetStore[] = [];

/** What a tab's start read: the embedded extracts it asked for, and the files handed to its database. */
interface Reading {
	extracts: string[];
	files: number;
}

function newStore(storage: Real['storage'], reading?: Reading): DatasetStore {
	const database: Database = reading
		? {
				...db,
				registerCsv: (name, text) => ((reading.files += 1), db.registerCsv(name, text)),
				registerFile: (name, file) => ((reading.files += 1), db.registerFile(name, file))
			}
		: db;
	const store = new DatasetStore({
		database: async () => database,
		storage,
		embedded: (contract) => (reading?.extracts.push(contract.id), testEmbedded(contract)),
		embeddedIdentity: testEmbeddedIdentity
	});
	stores.push(store);
	return store;
}

/**
 * A new tab's start on the device as it is stored (with a database file, the file closed and opened again), checked
 * against the model; then, with a file, a second start: everything the first left in the file is taken as it
 * stands, the embedded extracts too, with no extract fetched and no file read again.
 */
async function startAgain(model: Model, real: Real): Promise<void> {
	await reopen(real);
	for (const contract of datasets) expect((await real.store.open(contract)).status).toBe('ready');
	model.shown = structuredClone(model.stored);
	await expectAgrees(model, real);
	if (!databaseFile) return;
	const reading: Reading = { extracts: [], files: 0 };
	await reopen(real, reading);
	for (const contract of datasets) expect((await real.store.open(contract)).status).toBe('ready');
	expect(reading, 'read again at a second start').toEqual({ extracts: [], files: 0 });
	await expectAgrees(model, real);
}

/** Closes the tab (its background writing ended) and makes a new one's store; with a database file, closed and opened again. */
async function reopen(real: Real, reading?: Reading): Promise<void> {
	// The old tab's columnar forms are written first: they read the tables, which here the new tab shares (one Node database).
	await real.store.settled();
	if (databaseFile) {
		await closeDatabase();
		await openDatabase();
	}
	real.store = newStore(real.storage, reading);
}

/** Closes the database once every store's background writing has ended. */
async function closeDatabase(): Promise<void> {
	await Promise.all(stores.splice(0).map((store) => store.settled()));
	db.close();
}

class Load implements fc.AsyncCommand<Model, Real> {
	constructor(
		readonly contract: DatasetContract,
		readonly files: readonly (readonly TestRow[])[],
		readonly mode: LoadMode,
		readonly setAside: boolean,
		readonly full: boolean,
		/** Files chosen together are read together (as the Data page does); else one by one. */
		readonly together: boolean
	) {}
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		const staged: StagedFile[] = [];
		let refused = false;
		const chosen = this.files.map((rows, index) => ({ name: `f${index}.csv`, blob: new Blob([fileText(this.contract, rows)]) }));
		const outcomes = this.together
			? await real.store.stageAll(this.contract, chosen, this.setAside)
			: await chosen.reduce<Promise<StageOutcome[]>>(
					async (done, file) => [...(await done), await real.store.stage(this.contract, file.name, file.blob, this.setAside)],
					Promise.resolve([])
				);
		for (const outcome of outcomes) {
			if (outcome.kind === 'staged') staged.push(outcome.file);
			else refused = true;
		}
		const anyBad = this.files.some((rows) => rows.some((row) => row.bad));
		// A file with a bad row is refused unless rows are set aside (then every row may be).
		expect(refused).toBe(anyBad && !this.setAside);
		if (refused) {
			await real.store.discard(staged);
		} else {
			real.storage.full = this.full;
			const { kept } = await real.store.apply(this.contract, staged, this.mode).finally(() => (real.storage.full = false));
			expect(kept).toBe(!this.full);
			const before = model.shown[this.contract.id] as Held;
			const after = { rows: expectedAfter(this.contract, before.rows, this.files, this.mode), previous: before.rows };
			model.shown[this.contract.id] = after;
			if (!this.full) model.stored[this.contract.id] = after;
		}
		await expectAgrees(model, real);
	}
	toString = () =>
		`load ${this.contract.id} ${this.mode}${this.setAside ? ' set-aside' : ''}${this.full ? ' (device full)' : ''}${this.together ? ' read together' : ''} ${JSON.stringify(this.files)}`;
}

/** Files chosen and read, then the load cancelled: before apply (Cancel on the plan), or through the signal while the last file is read. */
class Cancel implements fc.AsyncCommand<Model, Real> {
	constructor(
		readonly contract: DatasetContract,
		readonly files: readonly (readonly TestRow[])[],
		readonly duringStaging: boolean
	) {}
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		const stop = new AbortController();
		const staged: StagedFile[] = [];
		for (const [index, rows] of this.files.entries()) {
			const last = index === this.files.length - 1;
			const reading = real.store.stage(this.contract, `c${index}.csv`, new Blob([fileText(this.contract, rows)]), true, stop.signal);
			// The user's Cancel arrives while the last file is being read.
			if (last && this.duringStaging) stop.abort();
			const outcome = await reading;
			if (last && this.duringStaging) expect(outcome.kind).toBe('cancelled');
			if (outcome.kind === 'staged') staged.push(outcome.file);
		}
		await real.store.discard(staged);
		await expectAgrees(model, real);
	}
	toString = () => `cancel ${this.contract.id} ${this.duringStaging ? 'while reading' : 'before apply'} ${JSON.stringify(this.files)}`;
}

class Undo implements fc.AsyncCommand<Model, Real> {
	constructor(readonly contract: DatasetContract) {}
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		const shown = model.shown[this.contract.id] as Held;
		if (shown.previous === undefined) {
			await expect(real.store.undo(this.contract)).rejects.toThrow('no load to undo');
		} else {
			await real.store.undo(this.contract);
			model.shown[this.contract.id] = model.stored[this.contract.id] = { rows: shown.previous };
		}
		await expectAgrees(model, real);
	}
	toString = () => `undo ${this.contract.id}`;
}

class Reset implements fc.AsyncCommand<Model, Real> {
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		await real.store.reset(datasets);
		for (const contract of datasets) model.shown[contract.id] = model.stored[contract.id] = embedded(contract);
		await expectAgrees(model, real);
	}
	toString = () => 'reset';
}

class Reload implements fc.AsyncCommand<Model, Real> {
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		await startAgain(model, real);
	}
	toString = () => 'reload';
}

/**
 * Another tab, in memory (the file is not its to hold), changes what is stored while this one is closed: loads files
 * into a dataset, or resets to the embedded data. Then this tab starts again, and must show what is stored.
 */
class OtherTab implements fc.AsyncCommand<Model, Real> {
	constructor(
		readonly contract: DatasetContract,
		readonly files: readonly (readonly TestRow[])[],
		readonly mode: LoadMode,
		readonly reset: boolean
	) {}
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		await real.store.settled();
		if (databaseFile) {
			await closeDatabase();
			await openDatabase();
		}
		const elsewhere = await openNodeDatabase();
		try {
			const other = new DatasetStore({ database: async () => elsewhere, storage: real.storage, embedded: testEmbedded, embeddedIdentity: testEmbeddedIdentity });
			if (this.reset) {
				await other.reset(datasets);
				for (const contract of datasets) model.stored[contract.id] = embedded(contract);
			} else {
				await other.open(this.contract);
				const outcomes = await other.stageAll(
					this.contract,
					this.files.map((rows, index) => ({ name: `o${index}.csv`, blob: new Blob([fileText(this.contract, rows)]) })),
					false
				);
				const staged = outcomes.flatMap((outcome) => (outcome.kind === 'staged' ? [outcome.file] : []));
				expect(staged).toHaveLength(this.files.length);
				await other.apply(this.contract, staged, this.mode);
				const before = model.stored[this.contract.id] as Held;
				model.stored[this.contract.id] = { rows: expectedAfter(this.contract, before.rows, this.files, this.mode), previous: before.rows };
			}
			await other.settled();
		} finally {
			elsewhere.close();
		}
		await startAgain(model, real);
	}
	toString = () => (this.reset ? 'another tab resets, then a start' : `another tab loads ${this.contract.id} ${this.mode} ${JSON.stringify(this.files)}, then a start`);
}

class Snapshot implements fc.AsyncCommand<Model, Real> {
	/**
	 * `columnar`: the snapshot file as saved today (a ZIP of each dataset's columnar form); else a version 1 file's CSV
	 * text. `fingerprinted`: with each dataset's fingerprint, as saved since December 2026's afternoon, so the tab that
	 * saved it leaves every dataset as it is; else as saved before, opened in full.
	 */
	constructor(
		readonly columnar: boolean,
		readonly fingerprinted: boolean
	) {}
	check = () => true;
	async run(model: Model, real: Real): Promise<void> {
		if (this.columnar) {
			const kept = [];
			for (const contract of datasets) kept.push({ contract, ...(this.fingerprinted ? await real.store.snapshotOf(contract) : { kept: await real.store.kept(contract) }) });
			const file = await makeSnapshotFile('/data', kept, '2026-12-06T00:00:00.000Z');
			const read = await readSnapshotFile(new Uint8Array(await file.arrayBuffer()), datasets);
			if (!read.ok) throw new Error(read.reason);
			const opened = read.snapshot.datasets.map((dataset) => ({
				contract: datasets.find((c) => c.id === dataset.id) as DatasetContract,
				kept: (dataset as { kept: KeptTable }).kept,
				fingerprint: (dataset as { fingerprint?: SnapshotFingerprint }).fingerprint
			}));
			expect((await real.store.restore(datasets, opened)).kept).toBe(true);
		} else {
			const saved = [];
			for (const contract of datasets) {
				const rows = await real.store.rows(contract);
				const csv = `${contract.columns.map((column) => column.name).join(',')}\n${rows.map((row) => `${row.join(',')}\n`).join('')}`;
				saved.push({ contract, name: 'snapshot', csv, rows: rows.length });
			}
			expect((await real.store.restore(datasets, saved)).kept).toBe(true);
		}
		for (const contract of datasets) model.shown[contract.id] = model.stored[contract.id] = { rows: (model.shown[contract.id] as Held).rows };
		await expectAgrees(model, real);
	}
	toString = () => `snapshot saved and opened (${this.columnar ? `columnar${this.fingerprinted ? ', fingerprinted' : ''}` : 'version 1, CSV'})`;
}

const months = fc.constantFrom('2024-01', '2024-02', '2024-03', '2024-04');
const smallCount = fc.integer({ min: 0, max: 2 }).map(String);

/** Rows of a dataset over a few months and items, so the same rows and months come up again; a crimes file is one force's month, as police.uk's are. */
function rowOf(contract: DatasetContract, fixed: readonly string[] = []): fc.Arbitrary<TestRow> {
	const fields =
		contract.id === tallies.id
			? fc.tuple(months, fc.constantFrom('a', 'b'), smallCount)
			: contract.id === crimes.id
				? fc.tuple(...fixed.map((value) => fc.constant(value)), smallCount)
				: fc.tuple(fc.constantFrom('x', 'y'), smallCount);
	// About one row in six is broken (a count of "lots"): set aside, or its file refused.
	return fc.record({ fields: fields.map((values): readonly string[] => values), bad: fc.integer({ min: 0, max: 5 }).map((roll) => roll === 0) });
}

/** One file's rows; for crimes, all of one force ("North" or "South") and one month. */
function fileOf(contract: DatasetContract, bad: boolean): fc.Arbitrary<readonly TestRow[]> {
	const rows = (fixed: readonly string[]) => fc.array(bad ? rowOf(contract, fixed) : rowOf(contract, fixed).map((row) => ({ fields: row.fields })), { minLength: 1, maxLength: 4 });
	return contract.id === crimes.id ? fc.tuple(months, fc.constantFrom('North', 'South')).chain((fixed) => rows(fixed)) : rows([]);
}

const files = (contract: DatasetContract, bad: boolean) => fc.array(fileOf(contract, bad), { minLength: 1, maxLength: 3 });

// One load in three may hold broken rows; one in ten meets a full device.
const load = fc
	.constantFrom(...datasets)
	.chain((contract) =>
		fc
			.integer({ min: 0, max: 2 })
			.chain((badRoll) =>
				fc
					.tuple(files(contract, badRoll === 0), fc.constantFrom(...modes), fc.boolean(), fc.integer({ min: 0, max: 9 }), fc.boolean())
					.map(([chosen, mode, setAside, fullRoll, together]) => new Load(contract, chosen, mode, setAside, fullRoll === 0, together))
			)
	);

const otherTab = fc.oneof(
	fc.constant(new OtherTab(tallies, [], 'replace', true)),
	fc.constantFrom(...datasets).chain((contract) => fc.tuple(files(contract, false), fc.constantFrom(...modes)).map(([chosen, mode]) => new OtherTab(contract, chosen, mode, false)))
);

const cancel = fc.constantFrom(...datasets).chain((contract) => fc.tuple(files(contract, true), fc.boolean()).map(([chosen, during]) => new Cancel(contract, chosen, during)));

const commands = [
	load,
	load,
	load,
	cancel,
	fc.constantFrom(...datasets).map((contract) => new Undo(contract)),
	fc.constant(new Reset()),
	fc.constant(new Reload()),
	otherTab,
	fc.tuple(fc.boolean(), fc.boolean()).map(([columnar, fingerprinted]) => new Snapshot(columnar, fingerprinted))
];

/**
 * The model runs, with the tables in memory or in a database file. Each is its
 * own test file (dataset-store.model.test.ts, dataset-store-file.model.test.ts)
 * so the two, the longest of the unit suite, run side by side on two cores.
 */
export function describeModelRuns(where: string, inFile: boolean): void {
	describe(`the dataset registry against its model, its tables ${where}`, () => {
		let folder: string | undefined;
		beforeAll(async () => {
			folder = inFile ? mkdtempSync(join(tmpdir(), 'scrutiny-model-')) : undefined;
			databaseFile = folder ? join(folder, 'kept.duckdb') : undefined;
			await openDatabase();
		});
		afterAll(async () => {
			await closeDatabase();
			if (folder) rmSync(folder, { recursive: true, force: true });
		});

		it("holds exactly what the model says after every load, cancel, undo, reset, reload, another tab's change and snapshot", async () => {
			await fc.assert(
				fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (sequence) => {
					await dropLeftStaging();
					const storage = memoryStorage();
					const real: Real = { store: newStore(storage), storage };
					for (const contract of datasets) await real.store.open(contract);
					const start = Object.fromEntries(datasets.map((contract) => [contract.id, embedded(contract)]));
					await fc.asyncModelRun(() => ({ model: { shown: structuredClone(start), stored: structuredClone(start) }, real }), sequence);
				}),
				// Twenty sequences: bugs seeded one at a time (undo leaving undo offered, the period within a force
				// ignored, a cancelled file's staging table left, reset keeping the stored uploads) failed by the
				// 4th, 10th, 7th and 1st, in memory and in the file; forty had cost twice the time for no more found.
				{ numRuns: 20, seed: 20261129 }
			);
		}, 240_000);

		it('rows loaded = rows in the files of the periods kept, none lost or doubled, for random batches in every mode', async () => {
			await fc.assert(
				fc.asyncProperty(fc.constantFrom(...datasets), fc.constantFrom(...modes), fc.integer({ min: 0, max: 1000 }), async (contract, mode, seed) => {
					const batch = fc.sample(files(contract, false), { numRuns: 1, seed })[0] ?? [];
					const store = newStore(memoryStorage());
					await store.open(contract);
					const staged: StagedFile[] = [];
					// Read together, as files chosen together on the Data page are.
					const outcomes = await store.stageAll(
						contract,
						batch.map((rows, index) => ({ name: `m${index}.csv`, blob: new Blob([fileText(contract, rows)]) })),
						false
					);
					for (const [index, outcome] of outcomes.entries()) {
						if (outcome.kind !== 'staged') throw new Error(`m${index}.csv was not staged`);
						staged.push(outcome.file);
					}
					await store.apply(contract, staged, mode);
					expect(await heldRows(store, contract)).toEqual(sorted(expectedAfter(contract, embedded(contract).rows, batch, mode)));
				}),
				{ numRuns: 30, seed: 20261129 }
			);
		}, 240_000);
	});
}
