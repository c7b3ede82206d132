/**
 * The datasets of one tab, their tables and what is kept on the device, with
 * no browser in sight: the database, the device storage, the embedded
 * extracts and the lock shared with other tabs are all given to it, so the
 * same code runs under test in Node.
 *
 * Lifecycle of a dataset: `open` rebuilds it from what is kept (or its
 * embedded extract); files are `stage`d one by one into staging tables;
 * `plan` says what a load would change; `apply` makes the change in one
 * transaction, keeps the table as it was for `undo`, and keeps the files.
 * Every change takes the lock and first catches up with what another tab may
 * have stored (`sync`), so tabs never write over one another.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { inTransaction } from '$lib/database/transaction';
import { checkCsv } from '$lib/validation/check-csv';
import type { Problem } from '$lib/validation/problem';
import { applyStaged, dropPrevious, previousTable, restorePrevious, tableRows, updatesPeriods } from './apply-load';
import { columnarFormat, fillFromColumnar, openColumnar, writeColumnar } from './columnar-form';
import type { DeviceStorage } from './device-storage';
import { loadRows, takeTurn } from './load-extract';
import {
	afterWaiting,
	dropLeftStaging,
	forgetKeptInFile,
	holdCheckpoints,
	keptInFile,
	markAllKeptInFile,
	tableRowCount,
	writeThroughLater,
	writeThroughUnlessWritten,
	type KeptInFile,
	type VersionInFile
} from './kept-in-database';
import { timed, timedReopen, timedSnapshot } from './load-marks';
import {
	compactLoads,
	forgetAllUploads,
	saveDataset,
	savedDataset,
	type KeptFile,
	type KeptForm,
	type KeptTable,
	type LoadMode,
	type SavedDataset,
	type SavedLoad
} from './saved-uploads';
import { onSeparateConnection } from '$lib/database/separate-connection';
import { periodKeySql } from './period-key';
import { partSha256, rowsFingerprints } from './rows-fingerprint';
import type { SnapshotFingerprint } from './snapshot';
import { stageFiles, type FileToStage } from './stage-batch';
import { discardStaged, periodsOf, stagedRowsSql, stageFile, type StagedFile, type StageOutcome } from './stage-file';

/** A file whose rows a dataset holds, and the periods they cover there now. */
export interface HeldFile {
	readonly name: string;
	readonly periods: readonly string[];
}

/** What a dataset holds now, for the Data page. */
export interface Holding {
	readonly source: 'embedded' | 'uploaded';
	readonly files: readonly HeldFile[];
	readonly rowCount: number;
	readonly loadedAt: string;
	/** The last load can be undone (its previous version is kept). */
	readonly canUndo: boolean;
	/** The device would not keep the last change: it is gone after a reload. */
	readonly sessionOnly: boolean;
}

/** How opening a dataset ended. */
export type OpenOutcome = { readonly status: 'ready' } | { readonly status: 'invalid'; readonly file: string; readonly rowCount: number; readonly problems: readonly Problem[] };

/** What a load would change, said before anything is done. */
export interface LoadPlan {
	/** The mode as it applies: "update the periods" of data with no period column replaces everything. */
	readonly mode: LoadMode;
	readonly goes: { readonly rows: number; readonly periods: readonly string[]; readonly files: readonly string[] };
	readonly comes: { readonly rows: number; readonly periods: readonly string[]; readonly files: readonly string[] };
	/** Files with the same bytes as one the dataset was loaded from, or chosen twice in this load. */
	readonly alreadyLoaded: readonly string[];
	/** The user must confirm: something is replaced wholesale, or a file is loaded again. */
	readonly askFirst: boolean;
}

/** Runs work while holding the lock shared by every tab's writes. */
export type WriteLock = <T>(work: () => Promise<T>) => Promise<T>;

/** What a store needs from the world. */
export interface StoreWorld {
	readonly database: () => Promise<Database>;
	readonly storage: DeviceStorage;
	/** A dataset's embedded extract as text ('' file when it has none). */
	readonly embedded: (contract: DatasetContract) => Promise<{ file: string; text: string }>;
	/**
	 * What tells this build's embedded extract of a dataset from any other, without reading it: its content-hashed
	 * address ('' for a dataset with none). Undefined, or absent, where it cannot be told (a development server serves
	 * the extracts under their plain names): the extract is then fetched, checked and loaded at every start.
	 */
	readonly embeddedIdentity?: (contract: DatasetContract) => string | undefined;
	readonly lock?: WriteLock;
	/** Told after each change that is kept, to tell the other tabs. */
	readonly announce?: (datasets: readonly string[]) => void;
	readonly now?: () => string;
	/**
	 * How long after a load to wait before writing its columnar form, so the
	 * views' first queries of the new rows reach the engine before it (0 in tests).
	 */
	readonly keepAfterMs?: number;
}

/**
 * What a table holding an embedded extract is marked with in the database file: the extract's identity (its
 * content-hashed address), and the table's shape and period key as this version's contract makes them.
 */
export function embeddedTableIdentity(extract: string, contract: DatasetContract): string {
	return JSON.stringify({ extract, table: contract.table, columns: contract.columns.map((column) => [column.name, sqlType(column)]), period: periodKeySql(contract) ?? null });
}

/** A lock for one process: writes take turns. */
export function localLock(): WriteLock {
	let queue: Promise<unknown> = Promise.resolve();
	return <T>(work: () => Promise<T>) => {
		const turn = queue.then(work);
		queue = turn.catch(() => undefined);
		return turn;
	};
}

interface Version {
	holding: Holding;
	loads: SavedLoad[];
	files: HeldFile[];
	/** The table in its columnar form, once written or read (`columnar-form.ts`). */
	form?: Blob;
	/** The table is this build's embedded extract, so told (`#embeddedIdentity`): marked as such in the database file. */
	embedded?: string;
}

/** The datasets of one tab; see the top of this file. */
export class DatasetStore {
	readonly #world: StoreWorld;
	readonly #lock: WriteLock;
	readonly #now: () => string;
	readonly #current = new Map<string, Version>();
	/** The version before the last load, kept for undo. */
	readonly #previous = new Map<string, Version>();
	/** The stored revision each dataset's tables show. */
	readonly #revisions = new Map<string, string | undefined>();
	readonly #opening = new Map<string, Promise<OpenOutcome>>();
	/** Columnar forms being written after their loads (see `#keepColumnar`). */
	#keeping: Promise<void> = Promise.resolve();
	/** Staging tables left in the database file by a tab closed mid-load, dropped once before this tab stages. */
	#tidied: Promise<void> | undefined;

	constructor(world: StoreWorld) {
		this.#world = world;
		this.#lock = world.lock ?? localLock();
		this.#now = world.now ?? (() => new Date().toISOString());
	}

	/** What a dataset holds now, or undefined before it is open. */
	holding(id: string): Holding | undefined {
		return this.#current.get(id)?.holding;
	}

	/** Opens a dataset once: from what is kept on the device, else its embedded extract. */
	open(contract: DatasetContract): Promise<OpenOutcome> {
		let opening = this.#opening.get(contract.id);
		if (!opening) {
			opening = this.#rebuild(contract);
			opening.catch(() => this.#opening.delete(contract.id));
			this.#opening.set(contract.id, opening);
		}
		return opening;
	}

	/** Reads and checks a file into a staging table; the dataset is not touched. */
	async stage(contract: DatasetContract, name: string, blob: Blob, setAsideInvalid: boolean, signal?: AbortSignal): Promise<StageOutcome> {
		await this.#tidy();
		return stageFile(await this.#world.database(), contract, name, blob, setAsideInvalid, signal);
	}

	/** Reads and checks files chosen together into staging, those sharing a header in one read; the dataset is not touched. */
	async stageAll(
		contract: DatasetContract,
		files: readonly FileToStage[],
		setAsideInvalid: boolean,
		signal?: AbortSignal,
		onStaged?: (index: number, outcome: StageOutcome) => void
	): Promise<StageOutcome[]> {
		await this.#tidy();
		return stageFiles(await this.#world.database(), contract, files, setAsideInvalid, signal, onStaged);
	}

	#tidy(): Promise<void> {
		this.#tidied ??= this.#world
			.database()
			.then((db) => dropLeftStaging(db))
			.catch(() => undefined);
		return this.#tidied;
	}

	/** Drops staged files that will not be loaded. */
	async discard(files: readonly StagedFile[]): Promise<void> {
		await discardStaged(await this.#world.database(), files);
	}

	/** What loading these staged files would change. */
	async plan(contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode): Promise<LoadPlan> {
		await this.#ready(contract);
		// Under the lock, caught up first: another tab's change is rebuilding the table meanwhile (for a moment it
		// does not exist: "Table with name street_crime does not exist"), and the plan must count what is held now.
		return this.#lock(async () => {
			await this.#sync(contract);
			return this.#planNow(contract, files, mode);
		});
	}

	async #planNow(contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode): Promise<LoadPlan> {
		const db = await this.#world.database();
		const version = this.#version(contract.id);
		const effective: LoadMode = mode === 'update-periods' && !contract.quality?.period ? 'replace' : mode;
		const incoming = [...new Set(files.flatMap((file) => file.periods))].sort();
		const comes = { rows: files.reduce((sum, file) => sum + file.loadedRows, 0), periods: incoming, files: files.map((file) => file.name) };
		let goes: LoadPlan['goes'] = { rows: 0, periods: [], files: [] };
		if (effective === 'replace') {
			goes = { rows: version.holding.rowCount, periods: [...new Set(version.files.flatMap((file) => file.periods))].sort(), files: version.files.map((file) => file.name) };
		} else if (updatesPeriods(contract, effective) && files.length) {
			const key = periodKeySql(contract) as string;
			const periods = stagedRowsSql(files, key);
			const replaced = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(contract.table)} WHERE ${key} IN (${periods})`);
			const held = new Set(version.files.flatMap((file) => file.periods));
			goes = {
				rows: Number(replaced.get(0)?.['n'] ?? 0),
				periods: incoming.filter((period) => held.has(period)),
				files: version.files.filter((file) => file.periods.length > 0 && file.periods.every((period) => incoming.includes(period))).map((file) => file.name)
			};
		}
		const loaded = new Set(version.loads.flatMap((load) => load.files.map((file) => file.sha256)));
		const alreadyLoaded = files.filter((file, index) => loaded.has(file.sha256) || files.findIndex((other) => other.sha256 === file.sha256) < index).map((file) => file.name);
		return { mode: effective, goes, comes, alreadyLoaded, askFirst: (effective === 'replace' && goes.rows > 0) || alreadyLoaded.length > 0 };
	}

	/**
	 * Loads staged files into their dataset as one change, all or nothing, and
	 * keeps them on the device; `kept` is false when the device would not
	 * store them (loaded for this session only).
	 */
	async apply(contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode): Promise<{ kept: boolean; holding: Holding }> {
		await this.#ready(contract);
		return this.#lock(async () => {
			await this.#sync(contract);
			const db = await this.#world.database();
			const before = this.#version(contract.id);
			const effective: LoadMode = mode === 'update-periods' && !contract.quality?.period ? 'replace' : mode;
			// Unmarked before the table changes: a tab closed before the change is stored must not find it marked as the old version.
			await forgetKeptInFile(db, [contract.id]);
			const rowCount = await timed('join the dataset', () => this.#applySql(db, contract, files, effective, true));
			const loadedAt = this.#now();
			const load: SavedLoad = { mode: effective, loadedAt, files: files.map(keptFile) };
			const loads = [...compactLoads(before.loads), load];
			const heldFiles = nextFiles(contract, before.files, files, effective);
			const previous: Version = { ...before };
			const now: Version = { loads, files: heldFiles, holding: { source: 'uploaded', files: heldFiles, rowCount, loadedAt, canUndo: true, sessionOnly: false } };
			const kept = await timed('keep on the device', () => this.#save(contract, now, previous));
			this.#previous.set(contract.id, previous);
			this.#current.set(contract.id, { ...now, holding: { ...now.holding, sessionOnly: !kept } });
			await timed('mark it in the database file', () => this.#markInFile(db, contract));
			return { kept, holding: this.#version(contract.id).holding };
		});
	}

	/** Puts a dataset back as it was before its last load, in its table and on the device. */
	async undo(contract: DatasetContract): Promise<Holding> {
		await this.#ready(contract);
		return this.#lock(async () => {
			await this.#sync(contract);
			const previous = this.#previous.get(contract.id);
			if (!previous || !this.#version(contract.id).holding.canUndo) throw new Error(`The ${contract.title.toLowerCase()} has no load to undo.`);
			const db = await this.#world.database();
			await forgetKeptInFile(db, [contract.id]);
			const restored = await takeTurn(db, () => onSeparateConnection(db, (separate) => restorePrevious(separate, contract)));
			if (!restored) throw new Error(`The ${contract.title.toLowerCase()} no longer has its previous version.`);
			const kept = await this.#save(contract, previous, undefined);
			this.#previous.delete(contract.id);
			this.#current.set(contract.id, { ...previous, holding: { ...previous.holding, canUndo: false, sessionOnly: !kept } });
			await this.#markInFile(db, contract);
			return this.#version(contract.id).holding;
		});
	}

	/** Forgets every load and puts each open dataset back to its embedded extract. */
	async reset(contracts: readonly DatasetContract[]): Promise<void> {
		await this.#lock(async () => {
			const db = await this.#world.database();
			await forgetKeptInFile(
				db,
				contracts.map((contract) => contract.id)
			);
			await forgetAllUploads(this.#world.storage);
			for (const contract of contracts) {
				if (!this.#current.has(contract.id)) {
					// Not open in this tab, but its uploaded rows may be in the database file: they go too.
					if (db.keptInFile) {
						await dropPrevious(db, contract);
						await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(contract.table)}`);
					}
					continue;
				}
				await dropPrevious(db, contract);
				this.#previous.delete(contract.id);
				await this.#rebuild(contract);
			}
			this.#world.announce?.(contracts.map((contract) => contract.id));
		});
	}

	/** Catches up with what another tab stored; true when the dataset changed. */
	async refresh(contract: DatasetContract): Promise<boolean> {
		if (!this.#current.has(contract.id)) return false;
		return this.#lock(() => this.#sync(contract));
	}

	/** A dataset's rows exactly as its table holds them now, as text in contract order. */
	async rows(contract: DatasetContract): Promise<string[][]> {
		await this.#ready(contract);
		return tableRows(await this.#world.database(), contract);
	}

	/** A dataset's table in its columnar form with its manifest, as a meeting snapshot holds it. */
	async kept(contract: DatasetContract): Promise<KeptTable> {
		await this.#ready(contract);
		const version = this.#version(contract.id);
		const bytes = version.form ?? (await writeColumnar(await this.#world.database(), contract, contract.table));
		return {
			bytes,
			rows: version.holding.rowCount,
			source: version.holding.source,
			files: version.files,
			loadedAt: version.holding.loadedAt,
			loads: version.loads.map(withoutBytes)
		};
	}

	/**
	 * A dataset as a meeting snapshot holds it: its columnar form and manifest, with the fingerprint of its rows
	 * (`rows-fingerprint.ts`), both read under the lock so no change falls between them.
	 */
	async snapshotOf(contract: DatasetContract): Promise<{ kept: KeptTable; rowsFingerprint: string }> {
		await this.#ready(contract);
		return this.#lock(async () => {
			const kept = await this.kept(contract);
			const [rowsFingerprint] = await rowsFingerprints(await this.#world.database(), [{ contract, table: contract.table }]);
			return { kept, rowsFingerprint: rowsFingerprint as string };
		});
	}

	/**
	 * Makes these datasets hold exactly these rows (a meeting snapshot), kept on
	 * the device: each in its columnar form, or, from a snapshot saved before that
	 * form, as CSV text read through the check. In place: each columnar dataset goes
	 * into the engine once, into a table of its own, and only when every one has
	 * opened do they all become the datasets' tables, in one transaction; so a
	 * dataset whose values do not fit its contract throws before anything changes,
	 * and the page that opened the snapshot can show its figures at once, with no
	 * reload and no second pass. A columnar dataset whose table this tab holds
	 * already, proven the same by its fingerprint (`#heldAlready`), is left as it
	 * is: most of a snapshot's datasets are the embedded extracts every tab holds.
	 * `kept` is false when the device would not keep them: this tab holds them for
	 * this session only.
	 */
	async restore(
		contracts: readonly DatasetContract[],
		datasets: readonly (
			{ contract: DatasetContract; name: string; csv: string; rows: number } | { contract: DatasetContract; kept: KeptTable; format?: string; fingerprint?: SnapshotFingerprint }
		)[]
	): Promise<{ kept: boolean }> {
		return this.#lock(async () => {
			// A dataset still being opened for the first time would otherwise be rebuilt over the snapshot's rows.
			await Promise.allSettled([...this.#opening.values()]);
			const db = await this.#world.database();
			// Until the page has drawn the snapshot's figures, the rows are written to the file's log once and not
			// compressed into the file (see `holdCheckpoints`); that is done after, in the background.
			const threshold = await holdCheckpoints(db);
			let kept: boolean;
			try {
				const trials = new Map<string, string>();
				// Found while the others go in: the engine works out the held tables' fingerprints while the page
				// decompresses the first rows to fill. It never fails: without a proof, a dataset is opened in full.
				const finding = timedSnapshot('find the datasets this tab holds already', () => this.#heldAlready(db, datasets));
				try {
					await timedSnapshot('open its datasets in the engine', async () => {
						const all = datasets.flatMap((dataset) => ('kept' in dataset ? [dataset] : []));
						// With nothing else to fill meanwhile, no connection is opened for datasets that turn out to be held.
						const heldFirst = all.every((dataset) => this.#mayBeHeld(dataset)) ? await finding : undefined;
						const columnar = heldFirst ? all.filter((dataset) => !heldFirst.has(dataset.contract.id)) : all;
						if (!columnar.length) return;
						for (const { contract } of columnar) trials.set(contract.id, `${contract.table}__snapshot`);
						// In one transaction on a connection of its own: one commit for them all (each statement's own commit
						// wrote the engine's log through, about thirty times), and no other caller's statement falls inside it.
						await onSeparateConnection(db, async (connection) => {
							const separate = oneAtATime(connection);
							// Each dataset's failure, and which failed first: once a statement fails the transaction refuses the
							// rest, and what they then say is not the reason. A statement is counted when the engine refuses it,
							// before its dataset's own clearing up, so the first is the one that failed first.
							const failures = new Map<string, Error>();
							let first: string | undefined;
							await inTransaction(separate, async () => {
								// Every dataset at once: the engine takes their statements one at a time, and meanwhile the page
								// decompresses the next dataset's rows, so neither waits for the other. Each is settled before the
								// failure is thrown, so the transaction is not rolled back while a dataset is still being filled.
								await Promise.allSettled(
									columnar.map(async (dataset) => {
										const { contract, kept } = dataset;
										const noted = <T>(statement: Promise<T>) =>
											statement.catch((error: unknown) => {
												first ??= contract.id;
												throw error;
											});
										const own: Database = {
											...separate,
											query: (sql, params, options) => noted(separate.query(sql, params, options)),
											importArrowIpc: (name, stream) => noted(separate.importArrowIpc(name, stream))
										};
										try {
											if (!heldFirst && this.#mayBeHeld(dataset) && (await finding).has(contract.id)) {
												trials.delete(contract.id);
												return;
											}
											const rows = await fillFromColumnar(own, contract, trials.get(contract.id) as string, kept.bytes);
											if (rows !== kept.rows) throw new Error(`it holds ${rows} rows, not the ${kept.rows} it says`);
										} catch (error) {
											first ??= contract.id;
											failures.set(
												contract.id,
												new Error(
													`The ${contract.title.toLowerCase()} in the snapshot does not fit this dashboard's contract (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
													{ cause: error }
												)
											);
										}
									})
								);
								const failure = (first === undefined ? undefined : failures.get(first)) ?? [...failures.values()][0];
								if (failure) throw failure;
							});
						});
					});
				} catch (error) {
					for (const trial of trials.values()) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(trial)}`);
					throw error;
				}
				// Unmarked before the tables change: a tab closed before the snapshot is stored must not find them marked as the old version.
				await timedSnapshot('unmark the old versions in the database file', () =>
					forgetKeptInFile(
						db,
						contracts.map((contract) => contract.id),
						{ writeThrough: false }
					)
				);
				kept = await timedSnapshot('keep it on the device', () => this.#keepSnapshot(datasets));
				// Every columnar dataset becomes its table at once: the views see all the snapshot's tables, or none.
				await timedSnapshot('make them the datasets', () =>
					takeTurn(db, () =>
						onSeparateConnection(db, (separate) =>
							inTransaction(separate, async () => {
								for (const dataset of datasets) {
									const trial = trials.get(dataset.contract.id);
									if (!trial) continue;
									await separate.query(`DROP TABLE IF EXISTS ${sqlIdentifier(dataset.contract.table)}`);
									await separate.query(`ALTER TABLE ${sqlIdentifier(trial)} RENAME TO ${sqlIdentifier(dataset.contract.table)}`);
								}
							})
						)
					)
				);
				const placed = new Set<string>();
				for (const dataset of datasets) {
					if (!('kept' in dataset)) continue;
					const { contract, kept: snapshot } = dataset;
					await dropPrevious(db, contract);
					this.#previous.delete(contract.id);
					const files = snapshot.files.map((file) => ({ name: file.name, periods: [...file.periods] }));
					const stored = this.#revisions.get(contract.id) !== undefined;
					this.#current.set(contract.id, {
						loads: [...snapshot.loads],
						files,
						// Bytes in the older text form are not handed on (to a later snapshot) as if they were today's form.
						...((dataset.format ?? columnarFormat) === columnarFormat ? { form: snapshot.bytes } : {}),
						holding: { source: snapshot.source, files, rowCount: snapshot.rows, loadedAt: snapshot.loadedAt, canUndo: false, sessionOnly: !stored }
					});
					// Opened: a view that asks for it now finds it as the snapshot left it, not rebuilt from the device.
					this.#opening.set(contract.id, Promise.resolve({ status: 'ready' }));
					placed.add(contract.id);
				}
				// Marked in the database file as the versions now stored, so a reload takes the tables as they stand: together,
				// in one statement, and left in the file's log with the rows until the file is written through after the page
				// is drawn. A reload before that finds the file's marks are not the stored versions (the marks are written
				// after the tables, so never the other way round) and reopens the datasets from IndexedDB: the same rows.
				await timedSnapshot('mark them in the database file', () =>
					this.#markAllInFile(
						db,
						datasets.flatMap((dataset) => ('kept' in dataset ? [dataset.contract] : [])),
						{ writeThrough: false }
					)
				);
				await timedSnapshot('rebuild the datasets it does not hold', async () => {
					for (const contract of contracts) {
						this.#previous.delete(contract.id);
						if (this.#current.has(contract.id) && !placed.has(contract.id)) {
							await dropPrevious(await this.#world.database(), contract);
							await this.#rebuild(contract);
						}
					}
				});
			} catch (error) {
				// Failed or refused: the engine checkpoints by itself again at once.
				await writeThroughLater(db, threshold, 0).catch(() => undefined);
				throw error;
			}
			this.#world.announce?.(contracts.map((contract) => contract.id));
			// Not awaited: the caller goes to the snapshot's page meanwhile. A failure leaves the rows in the log for the
			// next checkpoint; a reload before one reopens the datasets from IndexedDB.
			const written = writeThroughLater(db, threshold, this.#world.keepAfterMs ?? 0).catch(() => undefined);
			this.#keeping = Promise.all([this.#keeping, written]).then(() => undefined);
			return { kept };
		});
	}

	/**
	 * The snapshot's datasets whose rows this tab's tables hold already, proven, never assumed: the dataset is
	 * open here with as many rows, the snapshot's part is the bytes its fingerprint was recorded beside (SHA-256),
	 * and the table's fingerprint, worked out now by the engine, is the one recorded. A snapshot without
	 * fingerprints (saved before them), or any difference, and the dataset is opened in full.
	 */
	async #heldAlready(
		db: Database,
		datasets: readonly ({ contract: DatasetContract } | { contract: DatasetContract; kept: KeptTable; fingerprint?: SnapshotFingerprint })[]
	): Promise<Set<string>> {
		const candidates = datasets.flatMap((dataset) =>
			'kept' in dataset && dataset.fingerprint && this.#mayBeHeld(dataset) ? [{ ...dataset, fingerprint: dataset.fingerprint }] : []
		);
		try {
			const [digests, fingerprints] = await Promise.all([
				Promise.all(candidates.map(({ kept }) => partSha256(kept.bytes))),
				rowsFingerprints(
					db,
					candidates.map(({ contract }) => ({ contract, table: contract.table }))
				)
			]);
			return new Set(
				candidates.filter(({ fingerprint }, index) => digests[index] === fingerprint.partSha256 && fingerprints[index] === fingerprint.rows).map(({ contract }) => contract.id)
			);
		} catch {
			// No proof (a table the engine could not read): every dataset is opened in full.
			return new Set();
		}
	}

	/** Whether a snapshot's dataset may be one this tab holds: it carries a fingerprint, and the tab holds as many rows. */
	#mayBeHeld(dataset: { contract: DatasetContract; kept: KeptTable; fingerprint?: SnapshotFingerprint }): boolean {
		return dataset.fingerprint !== undefined && this.#current.get(dataset.contract.id)?.holding.rowCount === dataset.kept.rows;
	}

	/** Keeps a snapshot's datasets on the device in place of what was kept; false when it would not keep them all. */
	async #keepSnapshot(
		datasets: readonly ({ contract: DatasetContract; name: string; csv: string; rows: number } | { contract: DatasetContract; kept: KeptTable; format?: string })[]
	): Promise<boolean> {
		await forgetAllUploads(this.#world.storage);
		let kept = true;
		for (const dataset of datasets) {
			const { contract } = dataset;
			if ('kept' in dataset) {
				const form: KeptForm = { format: dataset.format ?? columnarFormat, columns: contract.columns.map((column) => column.name), current: dataset.kept };
				kept = (await this.#saveRecord(contract.id, { loads: dataset.kept.loads, canUndo: false, kept: form }, false)) && kept;
				continue;
			}
			const { name, csv, rows } = dataset;
			const blob = new Blob([csv], { type: 'text/csv' });
			const file: KeptFile = { name, sha256: '', blob, rows, setAsideInvalid: false, periods: [] };
			// A dataset empty in the snapshot is kept as a load of no files: a header-only file is refused by the check.
			const files = rows > 0 ? [file] : [];
			kept = (await this.#saveRecord(contract.id, { loads: [{ mode: 'replace', files, loadedAt: this.#now() }], canUndo: false }, false)) && kept;
		}
		return kept;
	}

	async #ready(contract: DatasetContract): Promise<void> {
		const outcome = await this.open(contract);
		if (outcome.status !== 'ready') throw new Error(`The ${contract.title.toLowerCase()} is not loaded, so nothing can be changed in it.`);
	}

	#version(id: string): Version {
		const version = this.#current.get(id);
		if (!version) throw new Error(`The dataset ${id} is not open.`);
		return version;
	}

	/**
	 * Keeps a dataset's table on the device in its columnar form (and the one
	 * before its last load, for undo), with its manifest; false when the device
	 * will not (full), and the tab then holds them alone.
	 */
	async #save(contract: DatasetContract, now: Version, previous: Version | undefined): Promise<boolean> {
		const replayable = (version: Version | undefined) => !version || version.loads.every((load) => load.files.every((file) => file.blob !== undefined));
		if ((!now.form || (previous && !previous.form)) && replayable(now) && replayable(previous)) {
			// The files' bytes are kept first (quick), so the load is not held up by writing the columnar form;
			// that is written just after, in the background (`#keepColumnar`), and until then a reload replays the files.
			const kept = await this.#saveRecord(contract.id, { loads: now.loads, canUndo: previous !== undefined });
			const revision = this.#revisions.get(contract.id);
			// Written even where the database file on the device keeps the table itself: a second tab, refused the
			// file while this one holds it, opens this form rather than reading the files again.
			if (kept && revision) this.#keepColumnar(contract, revision);
			return kept;
		}
		// Some load's files are not kept (a dataset opened from a snapshot): the columnar form is written now.
		const db = await this.#world.database();
		now.form ??= await writeColumnar(db, contract, contract.table);
		if (previous) previous.form ??= await writeColumnar(db, contract, previousTable(contract));
		return this.#saveRecord(contract.id, { loads: now.loads, canUndo: previous !== undefined, kept: this.#keptForm(contract, now, previous) });
	}

	/**
	 * Writes the columnar form of the dataset as it is at `revision` (and of
	 * the table kept for undo), and adds it to the stored record, unless the
	 * dataset has changed since. The revision stays: the rows are the same, so
	 * other tabs need not catch up.
	 */
	#keepColumnar(contract: DatasetContract, revision: string): void {
		const wait = this.#world.keepAfterMs ?? 0;
		const waited = afterWaiting(wait);
		const work = waited
			.then(() =>
				this.#lock(async () => {
					if (this.#revisions.get(contract.id) !== revision) return;
					const now = this.#current.get(contract.id);
					if (!now) return;
					const previous = now.holding.canUndo ? this.#previous.get(contract.id) : undefined;
					const db = await this.#world.database();
					// In small slices: each is one query the views' queries wait behind in the engine's queue.
					await timed('write the columnar form (after the load)', async () => {
						now.form ??= await writeColumnar(db, contract, contract.table, backgroundSliceRows);
						if (previous) previous.form ??= await writeColumnar(db, contract, previousTable(contract), backgroundSliceRows);
					});
					const saved = await savedDataset(this.#world.storage, contract.id);
					if (saved?.revision !== revision || this.#revisions.get(contract.id) !== revision) return;
					await saveDataset(this.#world.storage, contract.id, { ...saved, kept: this.#keptForm(contract, now, previous) });
					// Told to the page (and the tests) by a mark of its own: it is not a step of the load.
					try {
						performance.mark('kept: columnar form saved');
					} catch {
						/* nothing to mark */
					}
				})
			)
			.catch(() => undefined);
		this.#keeping = Promise.all([this.#keeping, work]).then(() => undefined);
	}

	/** Resolves once every columnar form this store began writing is written, and a snapshot's rows written through the file (or given up). */
	settled(): Promise<void> {
		return this.#keeping;
	}

	#keptForm(contract: DatasetContract, now: Version, previous: Version | undefined): KeptForm {
		const table = (version: Version): KeptTable => ({
			bytes: version.form as Blob,
			rows: version.holding.rowCount,
			source: version.holding.source,
			files: version.files,
			loadedAt: version.holding.loadedAt,
			loads: version.loads.map(withoutBytes)
		});
		return { format: columnarFormat, columns: contract.columns.map((column) => column.name), current: table(now), ...(previous ? { previous: table(previous) } : {}) };
	}

	async #saveRecord(id: string, record: Omit<SavedDataset, 'revision'>, announce = true): Promise<boolean> {
		const revision = crypto.randomUUID();
		const kept = await saveDataset(this.#world.storage, id, { revision, ...record }).then(
			() => true,
			() => false
		);
		this.#revisions.set(id, kept ? revision : undefined);
		if (kept && announce) this.#world.announce?.([id]);
		return kept;
	}

	async #sync(contract: DatasetContract): Promise<boolean> {
		const version = this.#current.get(contract.id);
		// A change the device would not keep exists in this tab only: nothing stored can update it.
		if (!version || version.holding.sessionOnly) return false;
		const saved = await savedDataset(this.#world.storage, contract.id);
		if (saved?.revision === this.#revisions.get(contract.id)) return false;
		const outcome = await this.#rebuild(contract);
		if (outcome.status !== 'ready') throw new Error(`The ${contract.title.toLowerCase()} as another tab stored it could not be read again.`);
		return true;
	}

	/** Builds a dataset's table from what is kept (loads in order), else its embedded extract. */
	async #rebuild(contract: DatasetContract): Promise<OpenOutcome> {
		const db = await this.#world.database();
		const saved = await savedDataset(this.#world.storage, contract.id);
		if (saved && (await this.#adopt(db, contract, saved))) return { status: 'ready' };
		if (!saved && (await this.#adoptEmbedded(db, contract))) return { status: 'ready' };
		const outcome = await this.#rebuildFrom(db, contract, saved);
		if (outcome.status === 'ready') await this.#markInFile(db, contract);
		return outcome;
	}

	/**
	 * Takes the dataset's tables as the database file on the device holds
	 * them, when the file marks them as the stored version (`kept-in-database.ts`):
	 * no file is read again and no columnar form reopened. False when it cannot.
	 */
	async #adopt(db: Database, contract: DatasetContract, saved: SavedDataset): Promise<boolean> {
		if (!db.keptInFile) return false;
		const inFile = await keptInFile(db, contract.id);
		if (inFile?.revision !== saved.revision) return false;
		return timedReopen('database file', async () => {
			if ((await tableRowCount(db, contract.table)) !== inFile.current.holding.rowCount) return false;
			const before = inFile.previous && saved.canUndo && (await tableRowCount(db, previousTable(contract))) === inFile.previous.holding.rowCount ? inFile.previous : undefined;
			const version = (kept: VersionInFile, loads: readonly SavedLoad[]): Version => ({
				loads: [...loads],
				files: [...kept.files],
				holding: { ...kept.holding, sessionOnly: false }
			});
			this.#previous.delete(contract.id);
			if (before) this.#previous.set(contract.id, version(before, saved.loads.slice(0, -1)));
			else await dropPrevious(db, contract);
			const current = version(inFile.current, saved.loads);
			this.#current.set(contract.id, { ...current, holding: { ...current.holding, canUndo: before !== undefined } });
			this.#revisions.set(contract.id, saved.revision);
			// A reload came before the load's columnar form was written: it is written now, for the other tabs.
			if (!saved.kept && saved.loads.length) this.#keepColumnar(contract, saved.revision);
			return true;
		});
	}

	/**
	 * Takes the dataset's table as the database file holds it when nothing is
	 * stored for it and the file marks it as this build's embedded extract, with
	 * the row count it was marked with: no fetch, no check, no load and no write.
	 * The Data page says what it said when the extract was loaded, "as at" the
	 * start, as a start that loads it says. False when it cannot.
	 */
	async #adoptEmbedded(db: Database, contract: DatasetContract): Promise<boolean> {
		if (!db.keptInFile) return false;
		const identity = this.#embeddedIdentity(contract);
		if (identity === undefined) return false;
		const inFile = await keptInFile(db, contract.id);
		if (inFile?.embedded !== identity) return false;
		return timedReopen('embedded extract in the database file', async () => {
			if ((await tableRowCount(db, contract.table)) !== inFile.current.holding.rowCount) return false;
			const files = inFile.current.files.map((file) => ({ name: file.name, periods: [...file.periods] }));
			this.#previous.delete(contract.id);
			this.#current.set(contract.id, {
				loads: [],
				files,
				embedded: identity,
				holding: { source: 'embedded', files, rowCount: inFile.current.holding.rowCount, loadedAt: this.#now(), canUndo: false, sessionOnly: false }
			});
			this.#revisions.set(contract.id, undefined);
			return true;
		});
	}

	/**
	 * What tells the embedded extract this build loads into a dataset's table from any other: the world's identity of
	 * the extract, and the table's shape as this version's contract makes it (a table made by another contract is not
	 * taken for this one's). Undefined where the world cannot tell.
	 */
	#embeddedIdentity(contract: DatasetContract): string | undefined {
		const extract = this.#world.embeddedIdentity?.(contract);
		return extract === undefined ? undefined : embeddedTableIdentity(extract, contract);
	}

	/**
	 * Marks the dataset's tables in the database file as the version stored
	 * now, or as this build's embedded extract, or unmarks them when neither
	 * is true of them (held by this tab alone). Nothing when the tables are in memory.
	 */
	async #markInFile(db: Database, contract: DatasetContract): Promise<void> {
		await this.#markAllInFile(db, [contract]);
	}

	/** `#markInFile` for several datasets, in one statement each way and one write through of the file. */
	async #markAllInFile(db: Database, contracts: readonly DatasetContract[], written: { writeThrough?: boolean } = {}): Promise<void> {
		if (!db.keptInFile) return;
		const unmarked: string[] = [];
		const marked: { dataset: string; kept: KeptInFile }[] = [];
		const embedded: { dataset: string; kept: KeptInFile }[] = [];
		const told = (version: Version): VersionInFile => ({ holding: version.holding, files: version.files });
		for (const contract of contracts) {
			const now = this.#current.get(contract.id);
			const revision = this.#revisions.get(contract.id);
			// Nothing stored and the table is the extract this build ships: a start with nothing stored may take it.
			if (now && !revision && now.embedded !== undefined && now.embedded === this.#embeddedIdentity(contract) && !now.holding.sessionOnly) {
				embedded.push({ dataset: contract.id, kept: { revision: 'embedded', embedded: now.embedded, current: told(now) } });
				continue;
			}
			if (!now || !revision || now.holding.sessionOnly) {
				unmarked.push(contract.id);
				continue;
			}
			const previous = now.holding.canUndo ? this.#previous.get(contract.id) : undefined;
			marked.push({ dataset: contract.id, kept: { revision, current: told(now), ...(previous ? { previous: told(previous) } : {}) } });
		}
		await forgetKeptInFile(db, unmarked, written);
		await markAllKeptInFile(db, marked, written);
		if (embedded.length === 0) return;
		// An embedded extract's mark and rows reach the file itself after the page's first figures, not before them:
		// until then they are in the file's log, and a start that does not find them there loads the extract again.
		// Only a shortcut for the next start: a device that will not take the mark (full) still shows the extract, and
		// the next start loads it again, as it would with no mark.
		try {
			await markAllKeptInFile(db, embedded, { writeThrough: false });
		} catch {
			return;
		}
		if (written.writeThrough === false) return;
		const work = writeThroughUnlessWritten(db, this.#world.keepAfterMs ?? 0).catch(() => undefined);
		this.#keeping = Promise.all([this.#keeping, work]).then(() => undefined);
	}

	/** Builds a dataset's tables from what is stored: its columnar form, else its loads' files replayed, else its embedded extract. */
	async #rebuildFrom(db: Database, contract: DatasetContract, saved: SavedDataset | undefined): Promise<OpenOutcome> {
		if (saved?.kept) return timedReopen('kept dataset', () => this.#reopen(db, contract, saved));
		const loads = [...(saved?.loads ?? [])];
		let version: Version;
		if (loads[0]?.mode === 'replace') {
			const header = `${contract.columns.map((column) => column.name).join(',')}\n`;
			await loadRows(db, contract, header, 0, 'replace');
			version = { loads: [], files: [], holding: { source: 'uploaded', files: [], rowCount: 0, loadedAt: '', canUndo: false, sessionOnly: false } };
		} else {
			const embedded = await this.#loadEmbedded(db, contract);
			if ('status' in embedded) return embedded;
			version = embedded;
		}
		await dropPrevious(db, contract);
		this.#previous.delete(contract.id);
		for (const [index, load] of loads.entries()) {
			const last = index === loads.length - 1;
			const staged = await this.#stageKept(db, contract, load.files);
			const keepPrevious = last && (saved?.canUndo ?? false);
			const rowCount = await this.#applySql(db, contract, staged, load.mode, keepPrevious);
			const files = nextFiles(contract, version.files, staged, load.mode);
			const loadsSoFar = loads.slice(0, index + 1);
			if (keepPrevious) this.#previous.set(contract.id, version);
			version = { loads: loadsSoFar, files, holding: { source: 'uploaded', files, rowCount, loadedAt: load.loadedAt, canUndo: keepPrevious, sessionOnly: false } };
		}
		this.#current.set(contract.id, version);
		this.#revisions.set(contract.id, saved?.revision);
		// Replayed from the files (kept before the columnar form, or a reload before it was written): it is written now, so the next reload need not.
		if (saved && loads.length) this.#keepColumnar(contract, saved.revision);
		return { status: 'ready' };
	}

	/** Puts a dataset's tables back from their columnar form (the CSV is not read again). */
	async #reopen(db: Database, contract: DatasetContract, saved: SavedDataset): Promise<OpenOutcome> {
		const kept = saved.kept as KeptForm;
		const columns = contract.columns.map((column) => column.name);
		if (kept.columns.join('\n') !== columns.join('\n'))
			throw new Error(
				`The ${contract.title.toLowerCase()} kept on this device has other columns than this version of the dashboard reads. Reset to the embedded data and load it again.`
			);
		const open = async (table: string, what: KeptTable): Promise<Version> => {
			const rows = await openColumnar(db, contract, table, what.bytes);
			if (rows !== what.rows)
				throw new Error(
					`The ${contract.title.toLowerCase()} kept on this device holds ${rows} rows, not the ${what.rows} it was kept with. Reset to the embedded data and load it again.`
				);
			const files = what.files.map((file) => ({ name: file.name, periods: [...file.periods] }));
			return {
				loads: [...what.loads],
				files,
				// Bytes in the older text form are written again in today's form when next needed (a snapshot, a load).
				...(kept.format === columnarFormat ? { form: what.bytes } : {}),
				holding: { source: what.source, files, rowCount: rows, loadedAt: what.loadedAt, canUndo: false, sessionOnly: false }
			};
		};
		await dropPrevious(db, contract);
		this.#previous.delete(contract.id);
		// The loads with their files' bytes, as the record keeps them (the manifest's have none), so a later load
		// is kept as quickly as any; the loads before the last one rebuild the table kept for undo.
		const current = { ...(await open(contract.table, kept.current)), loads: [...saved.loads] };
		if (kept.previous) this.#previous.set(contract.id, { ...(await open(previousTable(contract), kept.previous)), loads: saved.loads.slice(0, -1) });
		this.#current.set(contract.id, { ...current, holding: { ...current.holding, canUndo: kept.previous !== undefined } });
		this.#revisions.set(contract.id, saved.revision);
		return { status: 'ready' };
	}

	/** Stages a load's kept files again (read together, as when they were chosen); each must load the rows it did. */
	async #stageKept(db: Database, contract: DatasetContract, files: readonly KeptFile[]): Promise<StagedFile[]> {
		const outcomes: StageOutcome[] = [];
		// Files whose problem rows were set aside are read apart from those that were refused for any (one setting per read).
		for (const setAsideInvalid of [false, true]) {
			const some = [...files.entries()].filter(([, kept]) => kept.setAsideInvalid === setAsideInvalid);
			if (!some.length) continue;
			const toStage = some.map(([, kept]) => ({ name: kept.name, blob: kept.blob ?? new Blob([]), sha256: kept.sha256, ...(kept.loadedAt ? { loadedAt: kept.loadedAt } : {}) }));
			const read = await stageFiles(db, contract, toStage, setAsideInvalid);
			for (const [at, [index]] of some.entries()) outcomes[index] = read[at] as StageOutcome;
		}
		const staged = outcomes.flatMap((outcome) => (outcome.kind === 'staged' ? [outcome.file] : []));
		const wrong = files.findIndex((kept, index) => {
			const outcome = outcomes[index];
			return outcome?.kind !== 'staged' || outcome.file.loadedRows !== kept.rows;
		});
		if (wrong >= 0) {
			await discardStaged(db, staged);
			const kept = files[wrong] as KeptFile;
			throw new Error(`${kept.name}, kept on this device, no longer loads the ${kept.rows} rows it did. Reset to the embedded data and load it again.`);
		}
		return staged;
	}

	async #loadEmbedded(db: Database, contract: DatasetContract): Promise<Version | Extract<OpenOutcome, { status: 'invalid' }>> {
		const identity = this.#embeddedIdentity(contract);
		const { file, text } = await this.#world.embedded(contract);
		// A dataset with nothing embedded starts as an empty table of the right types.
		const check = file ? checkCsv(file, text, contract) : { file, rowCount: 0, problems: [] };
		if (check.problems.length > 0) return { status: 'invalid', file, rowCount: check.rowCount, problems: check.problems };
		await loadRows(db, contract, text, check.rowCount, 'replace');
		const files = file ? [{ name: file, periods: await periodsOf(db, contract, contract.table) }] : [];
		return {
			loads: [],
			files,
			...(identity === undefined ? {} : { embedded: identity }),
			holding: { source: 'embedded', files, rowCount: check.rowCount, loadedAt: this.#now(), canUndo: false, sessionOnly: false }
		};
	}

	async #applySql(db: Database, contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode, keepPrevious: boolean): Promise<number> {
		try {
			return await takeTurn(db, () => onSeparateConnection(db, (separate) => applyStaged(separate, contract, files, mode, keepPrevious)));
		} catch (error) {
			await discardStaged(db, files);
			throw error;
		}
	}
}

/**
 * The connection with its statements run one at a time, in the order asked:
 * several datasets filling their tables together share it, and a statement
 * that takes more than one call to the engine (DuckDB in Node hands Arrow rows
 * over through an appender) must not have another's fall in between.
 * DuckDB-WASM's worker takes its messages in turn anyway.
 */
function oneAtATime(db: Database): Database {
	let queue: Promise<unknown> = Promise.resolve();
	const turn = <T>(work: () => Promise<T>): Promise<T> => {
		const next = queue.then(work);
		queue = next.catch(() => undefined);
		return next;
	};
	return {
		...db,
		query: (sql, params, options) => turn(() => db.query(sql, params, options)),
		importArrowIpc: (name, stream) => turn(() => db.importArrowIpc(name, stream))
	};
}

/** Rows in each query that writes a columnar form in the background (a few tenths of a second each on a busy laptop). */
const backgroundSliceRows = 25_000;

/** A load's record without the files' bytes: the columnar form holds the rows. */
function withoutBytes(load: SavedLoad): SavedLoad {
	return { ...load, files: load.files.map(({ blob: _bytes, ...file }) => file) };
}

function keptFile(file: StagedFile): KeptFile {
	return { name: file.name, sha256: file.sha256, blob: file.blob, rows: file.loadedRows, setAsideInvalid: file.setAsideInvalid, periods: file.periods, loadedAt: file.loadedAt };
}

/** The files a dataset holds after a load, each with the periods it still supplies. */
function nextFiles(contract: DatasetContract, before: readonly HeldFile[], files: readonly StagedFile[], mode: LoadMode): HeldFile[] {
	const incoming = files.map((file) => ({ name: file.name, periods: file.periods }));
	if (mode === 'replace') return incoming;
	if (!updatesPeriods(contract, mode)) return [...before, ...incoming];
	const replaced = new Set(files.flatMap((file) => file.periods));
	const kept = before.map((file) => ({ name: file.name, periods: file.periods.filter((period) => !replaced.has(period)) })).filter((file) => file.periods.length > 0);
	return [...kept, ...incoming];
}
