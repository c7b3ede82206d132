/**
 * Which version of each dataset the database file on this device holds.
 *
 * When the engine's tables live in its file on the device (`keptInFile`), a
 * dataset's table is still there after a reload, but only the stored record
 * (IndexedDB, `saved-uploads.ts`) says which version the user last kept, and
 * another tab may have stored a newer one since. So each table kept is marked
 * in the file with the record's revision and what the Data page says of it;
 * a reload takes the table as it stands only when the marks agree, and
 * otherwise rebuilds it from the record as a tab in memory would.
 */
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import type { Holding, HeldFile } from './dataset-store';
import { takeTurn } from './load-extract';
import { timedSnapshot } from './load-marks';

const marks = 'scrutiny_kept_versions';

/** One version of a dataset as the Data page tells it (the loads' files come from the stored record). */
export interface VersionInFile {
	readonly holding: Holding;
	readonly files: readonly HeldFile[];
}

/**
 * What the file says it holds for a dataset: the record's revision, the table now and, while it can be undone, before its
 * last load; or, for a dataset holding its embedded extract (nothing stored), which extract (`embedded`).
 */
export interface KeptInFile {
	readonly revision: string;
	/**
	 * The embedded extract the table holds, as this build ships it (`DatasetStore`'s identity: its content-hashed address
	 * and the contract's table shape). A start with nothing stored for the dataset takes the table when this is still the
	 * build's extract, without fetching, checking or loading it again.
	 */
	readonly embedded?: string;
	readonly current: VersionInFile;
	readonly previous?: VersionInFile;
}

/** The marks table, made once per database (a failed attempt is tried again). */
const madeMarks = new WeakMap<Database, Promise<unknown>>();

function ensureMarks(db: Database): Promise<unknown> {
	let made = madeMarks.get(db);
	if (!made) {
		made = db.query(`CREATE TABLE IF NOT EXISTS ${marks} (dataset VARCHAR PRIMARY KEY, revision VARCHAR NOT NULL, kept VARCHAR NOT NULL)`);
		made.catch(() => madeMarks.delete(db));
		madeMarks.set(db, made);
	}
	return made;
}

/** What the file holds for a dataset, or undefined when it marks nothing (or the tables are in memory). In the database's turn, as the writes. */
export async function keptInFile(db: Database, dataset: string): Promise<KeptInFile | undefined> {
	if (!db.keptInFile) return undefined;
	const text = await takeTurn(db, async () => {
		await ensureMarks(db);
		const result = await db.query(`SELECT kept FROM ${marks} WHERE dataset = ?`, [dataset]);
		return result.get(0)?.['kept'] as string | undefined;
	});
	return text ? (JSON.parse(text) as KeptInFile) : undefined;
}

/**
 * Marks the dataset's tables as the version stored under `revision`, and
 * writes the file through (a checkpoint), so a reload finds them whole. In
 * the database's turn: another caller's transaction on the same connection
 * (an embedded extract's swap) must never have these statements fall inside it.
 */
export function markKeptInFile(db: Database, dataset: string, kept: KeptInFile): Promise<void> {
	return markAllKeptInFile(db, [{ dataset, kept }]);
}

/**
 * Marks several datasets at once (a meeting snapshot's), with one write through of the file: each costs a checkpoint.
 * `writeThrough: false` leaves the marks and the rows in the file's log, for a caller that writes the file through
 * itself later (`writeThroughLater`); a reload before then may not find them, and rebuilds those datasets from
 * IndexedDB.
 */
export function markAllKeptInFile(
	db: Database,
	marked: readonly { readonly dataset: string; readonly kept: KeptInFile }[],
	{ writeThrough = true }: { writeThrough?: boolean } = {}
): Promise<void> {
	if (!db.keptInFile || marked.length === 0) return Promise.resolve();
	return takeTurn(db, async () => {
		await ensureMarks(db);
		await db.query(
			`INSERT OR REPLACE INTO ${marks} VALUES ${marked.map(() => '(?, ?, ?)').join(', ')}`,
			marked.flatMap(({ dataset, kept }) => [dataset, kept.revision, JSON.stringify(kept)])
		);
		if (writeThrough) await checkpoint(db);
	});
}

/** The log's size at which the engine writes the file through by itself while checkpoints are held (far above any snapshot's rows). */
const heldThreshold = '4GB';

/**
 * Holds back the checkpoints the engine makes by itself when its log grows
 * past `checkpoint_threshold` (16 MB), until `writeThroughLater` lets them go.
 * A meeting snapshot's rows arrive as small tables (a year of police.uk files
 * is under one row group), which DuckDB writes to the log at each commit;
 * once the log passed the threshold, the next commit compressed and wrote
 * every row again, in the middle of the opening (the third street-crime
 * slice of four took 0.76-1.51 s, against 0.14-0.76 s for the others, in
 * traces at load 9). Held, the rows go to the log now and are compressed into the
 * file after the page is drawn. Nothing is lost meanwhile: a reload before
 * then finds the file's marks are not the versions stored in IndexedDB (seen
 * in the browser: the log is not replayed into them), and reopens those
 * datasets from the copy IndexedDB keeps, as for any dataset the file does
 * not mark. Answers the threshold to put back; undefined where the tables
 * are in memory (no file, no checkpoints).
 */
export async function holdCheckpoints(db: Database): Promise<string | undefined> {
	if (!db.keptInFile) return undefined;
	return takeTurn(db, async () => {
		const holding = holds.get(db);
		// Held already (a second snapshot opened within moments of the first): the engine's own threshold is the one
		// put back, once the last hold lets go, never the held one.
		if (holding) {
			holding.count += 1;
			return holding.threshold;
		}
		const current = await db.query(`SELECT current_setting('checkpoint_threshold') AS threshold`);
		const threshold = String(current.get(0)?.['threshold'] ?? '16MB');
		await db.query(`SET checkpoint_threshold = '${heldThreshold}'`);
		holds.set(db, { threshold, count: 1 });
		return threshold;
	});
}

/** The engine's own checkpoint threshold while checkpoints are held, and how many holds there are. */
const holds = new WeakMap<Database, { threshold: string; count: number }>();

/**
 * Lets go of a hold taken by `holdCheckpoints` after `afterMs` (by then the
 * page that opened has drawn its figures), putting the engine's threshold
 * back when it was the last, and writes the file through (compressing the
 * rows the log holds): this work, a few tenths of a second for a year of
 * police.uk files, no longer holds the figures up.
 */
export function writeThroughLater(db: Database, threshold: string | undefined, afterMs: number): Promise<void> {
	if (threshold === undefined) return Promise.resolve();
	return afterWaiting(afterMs).then(() =>
		takeTurn(db, () =>
			// Marked, so the tests and the benchmark can tell when the rows are in the file itself.
			timedSnapshot('write the database file through (after its page is drawn)', async () => {
				const holding = holds.get(db);
				if (holding && --holding.count === 0) {
					holds.delete(db);
					// The setting as the engine reported it (e.g. "16.0 MiB"), never anything a user typed.
					await db.query(`SET checkpoint_threshold = '${holding.threshold.replaceAll("'", "''")}'`).catch(() => undefined);
				}
				await checkpoint(db);
			})
		)
	);
}

/**
 * Forgets the marks of these datasets: a reload rebuilds them from what is stored (or their embedded extract).
 * `writeThrough: false` leaves the change in the file's log, as `markAllKeptInFile`'s does.
 */
export function forgetKeptInFile(db: Database, datasets: readonly string[], { writeThrough = true }: { writeThrough?: boolean } = {}): Promise<void> {
	if (!db.keptInFile || datasets.length === 0) return Promise.resolve();
	return takeTurn(db, async () => {
		await ensureMarks(db);
		const forgotten = await db.query(`DELETE FROM ${marks} WHERE dataset IN (${datasets.map(() => '?').join(', ')}) RETURNING dataset`, datasets);
		// Every page's start unmarks its embedded datasets, which are marked only after an upload: nothing to write then.
		if (forgotten.numRows > 0 && writeThrough) await checkpoint(db);
	});
}

/**
 * Writes what the log holds into the file itself. Refused while another
 * connection's transaction is open (a file being read into staging): the
 * change is in the file's log already, and a reload replays it, so a refusal
 * costs only that replay.
 */
async function checkpoint(db: Database): Promise<void> {
	checkpointsAsked.set(db, (checkpointsAsked.get(db) ?? 0) + 1);
	await db.query('CHECKPOINT').catch(() => undefined);
}

/** How many times each database was written through, so a write through put off can tell that another has done its work. */
const checkpointsAsked = new WeakMap<Database, number>();

/**
 * Writes the file through after `afterMs`, unless it has been written through
 * since this was asked (a load's marks are): for marks left in the log by
 * `markAllKeptInFile(…, { writeThrough: false })` at a page's start, so the
 * checkpoint comes after the page's first figures rather than before them.
 */
export function writeThroughUnlessWritten(db: Database, afterMs: number): Promise<void> {
	if (!db.keptInFile) return Promise.resolve();
	const asked = checkpointsAsked.get(db) ?? 0;
	return afterWaiting(afterMs).then(() =>
		takeTurn(db, async () => {
			if ((checkpointsAsked.get(db) ?? 0) === asked) await checkpoint(db);
		})
	);
}

/** Resolves after `ms` milliseconds, or at once for none: work put off until a page has drawn its figures. */
export function afterWaiting(ms: number): Promise<void> {
	return ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Whether a table exists in the database, and its row count (-1 when it does not). */
export async function tableRowCount(db: Database, table: string): Promise<number> {
	const exists = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM duckdb_tables() WHERE table_name = ? AND NOT temporary`, [table]);
	if (Number(exists.get(0)?.['n'] ?? 0) === 0) return -1;
	const rows = await db.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sqlIdentifier(table)}`);
	return Number(rows.get(0)?.['n'] ?? -1);
}

/**
 * Drops the staging tables of loads a tab was closed in the middle of: in
 * memory they went with the tab, in the file they would stay for good. Run
 * before this tab stages anything (`DatasetStore`), since only the tab that
 * holds the file can be staging into it.
 */
export async function dropLeftStaging(db: Database): Promise<void> {
	if (!db.keptInFile) return;
	const left = await db.query(`SELECT table_name AS name FROM duckdb_tables() WHERE NOT temporary AND (contains(table_name, '__bulk_') OR contains(table_name, '__text_'))`);
	for (let row = 0; row < left.numRows; row++) await db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(String(left.get(row)?.['name']))}`);
}
