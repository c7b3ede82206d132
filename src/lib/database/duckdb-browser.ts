/**
 * The one module that imports DuckDB-WASM. It starts the database once, in a
 * worker, behind a shared promise: every caller of `startBrowserDatabase` gets
 * the same instance. A failed or timed-out start clears the promise, so a
 * later call may try again.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table } from 'apache-arrow';
import { stoppedError, type Database, type QueryOptions, type SqlValue } from './database';
import { PreparedStatements } from './prepared-statements';
import { engineMemoryLimitMb } from './engine-memory';
import { engineDownloadRefused, webAssemblyRefused } from './start-problems';
import { databaseFileLock, openDatabaseFile, type FileWorld } from './database-file';

/**
 * Start-up normally takes a second or two; the loading panel says so after
 * three. A refused download or a page that may not compile WebAssembly is
 * reported at once (`start-problems.ts`); this catches a start that hangs for
 * any other reason. It is long because on a busy laptop a healthy start was
 * seen to pass 8 seconds, and failing it would cost a reload.
 */
export const startTimeoutMs = 30_000;

/** Why the database could not start, in words for the user. */
export class DatabaseStartError extends Error {
	override name = 'DatabaseStartError';
}

let starting: Promise<Database> | undefined;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() =>
				reject(
					new DatabaseStartError(`The query engine did not start within ${ms / 1000} seconds. This browser may block WebAssembly, or the page's security policy may not allow it.`)
				),
			ms
		);
		promise.then(
			(value) => (clearTimeout(timer), resolve(value)),
			(error: unknown) => (clearTimeout(timer), reject(error))
		);
	});
}

async function start(): Promise<Database> {
	if (typeof WebAssembly !== 'object' || typeof Worker !== 'function') {
		throw new DatabaseStartError('This browser cannot run the query engine: it needs WebAssembly and Web Workers. Try a current version of Edge, Chrome or Firefox.');
	}
	const refused = webAssemblyRefused();
	if (refused) throw new DatabaseStartError(refused);
	// Imported here, not at the top, so that server rendering never loads it.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const { default: wasmUrl } = await import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url');
	const { default: workerUrl } = await import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url');
	// DuckDB's start never settles if its code cannot be downloaded, so a
	// refused download is asked about beside it, to be reported at once.
	const downloadRefused = engineDownloadRefused(wasmUrl).then((problem) => (problem ? Promise.reject(new DatabaseStartError(problem)) : new Promise<never>(() => undefined)));
	const launch = async (): Promise<AsyncDuckDB> => {
		const worker = new Worker(workerUrl);
		const launched = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		try {
			await Promise.race([launched.instantiate(wasmUrl), downloadRefused]);
		} catch (error) {
			worker.terminate();
			throw error instanceof DatabaseStartError ? error : new DatabaseStartError(`The query engine could not start: ${String(error)}`);
		}
		return launched;
	};
	const engine = { db: await launch() };
	mark('engine: open the database file');
	const opening = await openDatabaseFile(browserFileWorld(engine, launch, duckdb));
	measure('engine: database file opened', 'engine: open the database file');
	// A damaged file is removed from a fresh engine (`remove` below): the one it leaves is the one to use.
	const { db } = engine;
	const keptInFile = opening.inFile;
	const main = await db.connect();
	const deviceMemory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
	await main.query(`SET memory_limit = '${engineMemoryLimitMb(deviceMemory, keptInFile)}MB'`);
	mark(keptInFile ? 'engine: datasets in the file on this device' : 'engine: in memory only');
	if (opening.why === 'another tab') mark('engine: database file held by another tab');
	if (opening.notice) mark(opening.inFile ? 'engine: damaged database file replaced' : 'engine: database file unusable');
	const over = (connection: AsyncDuckDBConnection): Database => {
		const statements = new PreparedStatements(connection);
		return {
			keptInFile,
			...(opening.notice ? { fileNotice: opening.notice } : {}),
			async query(sql: string, params: readonly SqlValue[] = [], { signal }: QueryOptions = {}) {
				if (signal) {
					if (params.length > 0) throw new Error('A statement that can be stopped takes no parameters.');
					return stoppable(connection, sql, signal);
				}
				if (params.length === 0) return connection.query(sql);
				return statements.run(sql, params);
			},
			async registerCsv(name: string, text: string) {
				await db.dropFile(name).catch(() => undefined);
				await db.registerFileText(name, text);
			},
			async registerFile(name: string, file: Blob) {
				await db.dropFile(name).catch(() => undefined);
				// The browser's file reader protocol: DuckDB's worker reads slices of
				// the File as it scans, so the file is never copied into the page's memory.
				await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
			},
			async dropFile(name: string) {
				await db.dropFile(name).catch(() => undefined);
			},
			async importArrowIpc(name: string, stream: Uint8Array) {
				await connection.insertArrowFromIPCStream(stream, { name, create: false });
			},
			async separate() {
				const connection = await db.connect();
				const separate = over(connection);
				return { ...separate, close: () => connection.close() };
			}
		};
	};
	return over(main);
}

/** The database file on this device, in the browser's origin-private file system (OPFS). */
export const databaseFilePath = 'opfs://scrutiny-kept.duckdb';

/**
 * Opens the database in its file on this device, so uploaded datasets are
 * there after a reload without reading their files again (and the engine may
 * drop written blocks from memory); else a plain in-memory database. Tables
 * then live in memory, as before, and the datasets are kept in IndexedDB
 * alone (`dataset-store.ts`). Which tab holds the file, and what is done with
 * a file the engine cannot read, is decided in `database-file.ts`.
 *
 * DuckDB-WASM 1.32 opens an `opfs://` main database but cannot ATTACH a new
 * one (it finds the empty file "not a valid DuckDB database file"), so the
 * file is the main database and the embedded extracts are written to it too.
 */
function browserFileWorld(engine: { db: AsyncDuckDB }, launch: () => Promise<AsyncDuckDB>, duckdb: typeof import('@duckdb/duckdb-wasm')): FileWorld {
	const canOpen = typeof navigator === 'object' && typeof navigator.storage?.getDirectory === 'function' && typeof FileSystemFileHandle === 'function';
	let release: (() => void) | undefined;
	const fileName = databaseFilePath.slice('opfs://'.length);
	return {
		canOpen,
		holdLock: () => holdLock((letGo) => (release = letGo)),
		open: () => engine.db.open({ path: databaseFilePath, accessMode: duckdb.DuckDBAccessMode.READ_WRITE }),
		openInMemory: () => engine.db.open({}),
		async remove() {
			// The engine's failed open leaves its handles on the file and its log open (in caches that
			// dropFile does not reach), and the file system refuses to remove a file so held: the
			// engine's worker is ended, which lets go of them, and a fresh one started.
			await engine.db.terminate().catch(() => undefined);
			engine.db = await launch();
			const root = await navigator.storage.getDirectory();
			for (const name of [fileName, `${fileName}.wal`]) {
				await root.removeEntry(name).catch((error: unknown) => {
					if ((error as DOMException)?.name !== 'NotFoundError') throw error;
				});
			}
		},
		releaseLock: () => release?.(),
		wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
	};
}

/** How long a reloaded page waits for the lock the page it replaces held: that page is going, and lets go within moments. */
const reloadWaitMs = 2_000;

/**
 * Takes the database file's Web Lock and holds it until the tab closes (or
 * `keep` is given a call to let go). A new tab asks only if it is free, so it
 * knows at once when another tab holds the file; a reload waits a moment for
 * its own old page. Where there are no Web Locks, true: the file itself then
 * refuses a second tab, as before.
 */
let holding: Promise<boolean> | undefined;

function holdLock(keep: (letGo: () => void) => void): Promise<boolean> {
	if (typeof navigator !== 'object' || !navigator.locks) return Promise.resolve(true);
	// A start tried again (after a timeout) may already hold it.
	if (holding) return holding;
	const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
	const reload = navigation?.type === 'reload';
	const options: LockOptions = reload && typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(reloadWaitMs) } : { ifAvailable: true };
	holding = new Promise<boolean>((resolve) => {
		navigator.locks
			.request(databaseFileLock, options, (lock) => {
				if (!lock) return resolve(false);
				resolve(true);
				return new Promise<void>((letGo) =>
					keep(() => {
						holding = undefined;
						letGo();
					})
				);
			})
			.catch(() => resolve(false));
	});
	const asked = holding;
	// Refused: a later start asks again (the other tab may have closed by then).
	void asked.then((held) => {
		if (!held && holding === asked) holding = undefined;
	});
	return asked;
}

/** How long a step since its start mark took, for the tests and the benchmark. */
function measure(name: string, start: string): void {
	try {
		performance.measure(name, start);
	} catch {
		/* nothing to measure */
	}
}

function mark(name: string): void {
	try {
		performance.mark(name);
	} catch {
		/* nothing to mark */
	}
}

/**
 * Runs a statement that `signal` can stop. `send` runs it on the worker in
 * slices, between which the worker takes other messages, so `cancelSent` can
 * interrupt it there; `query` would run it to the end in one go.
 */
async function stoppable(connection: AsyncDuckDBConnection, sql: string, signal: AbortSignal): Promise<Table> {
	if (signal.aborted) throw stoppedError();
	const stop = () => void connection.cancelSent().catch(() => undefined);
	signal.addEventListener('abort', stop, { once: true });
	try {
		const reader = await connection.send(sql);
		return new Table(await reader.readAll());
	} catch (error) {
		throw signal.aborted ? stoppedError() : error;
	} finally {
		signal.removeEventListener('abort', stop);
	}
}

/** The browser's database, started on first call. */
export function startBrowserDatabase(timeoutMs = startTimeoutMs): Promise<Database> {
	starting ??= withTimeout(start(), timeoutMs).catch((error: unknown) => {
		starting = undefined;
		throw error;
	});
	return starting;
}
