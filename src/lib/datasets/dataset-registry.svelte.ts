/**
 * The datasets loaded in this browser: each from its saved uploads if there
 * are any, else from its embedded extract, once. Uploads replace or append to a
 * dataset all or nothing, are saved on the device, and bump the dataset's
 * version so the views showing it query it again.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import type { Database } from '$lib/database/database';
import { startBrowserDatabase } from '$lib/database/duckdb-browser';
import { checkCsv } from '$lib/validation/check-csv';
import type { Problem } from '$lib/validation/problem';
import { decodeText } from '$lib/validation/decode-text';
import { checkBulk, type BulkOutcome } from './bulk-upload';
import { embeddedExtract } from './embedded-extracts';
import { loadRows, moveStaging, takeTurn, type LoadMode } from './load-extract';
import { prepareUpload, type PreparedUpload } from './prepare-upload';
import { forgetAllUploads, savedSteps, saveSteps, type SavedStep } from './saved-uploads';
import type { Snapshot } from './snapshot';
import { errorMessage } from '$lib/error-message';

/** Where a dataset's load ended. */
export type DatasetOutcome =
	| { readonly status: 'ready'; readonly db: Database }
	| { readonly status: 'invalid'; readonly file: string; readonly rowCount: number; readonly problems: readonly Problem[] }
	| { readonly status: 'failed'; readonly message: string };

/** What is loaded in a dataset now, for the Data page. */
export interface DatasetHolding {
	readonly source: 'embedded' | 'uploaded';
	readonly files: readonly string[];
	readonly rowCount: number;
	readonly loadedAt: string;
}

/** Bumped each time a dataset's rows change; views key on it to query again. */
export const datasetVersions: Record<string, number> = $state({});
/** What each loaded dataset holds. */
export const datasetHoldings: Record<string, DatasetHolding> = $state({});

const loads = new Map<string, Promise<DatasetOutcome>>();

async function embeddedText(contract: DatasetContract): Promise<{ file: string; text: string }> {
	const extract = embeddedExtract(contract.id);
	// A dataset with nothing embedded starts as an empty table of the right types.
	if (!extract) return { file: '', text: `${contract.columns.map((column) => column.name).join(',')}\n` };
	const response = await fetch(extract.url);
	if (!response.ok) throw new Error(`${extract.file} could not be read (HTTP ${response.status}).`);
	const text = await response.text();
	return { file: extract.file, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

async function loadEmbedded(db: Promise<Database>, contract: DatasetContract): Promise<DatasetOutcome> {
	const { file, text } = await embeddedText(contract);
	if (!file) {
		const database = await db;
		await loadRows(database, contract, text, 0, 'replace');
		datasetHoldings[contract.id] = { source: 'embedded', files: [], rowCount: 0, loadedAt: new Date().toISOString() };
		return { status: 'ready', db: database };
	}
	const check = checkCsv(file, text, contract);
	if (check.problems.length > 0) {
		return { status: 'invalid', file, rowCount: check.rowCount, problems: check.problems };
	}
	const database = await db;
	await loadRows(database, contract, text, check.rowCount, 'replace');
	datasetHoldings[contract.id] = { source: 'embedded', files: [file], rowCount: check.rowCount, loadedAt: new Date().toISOString() };
	return { status: 'ready', db: database };
}

async function replay(db: Promise<Database>, contract: DatasetContract, steps: readonly SavedStep[]): Promise<DatasetOutcome> {
	const database = await db;
	const files: string[] = [];
	let rowCount = 0;
	let loadedAt = '';
	for (const step of steps) {
		if (step.kind === 'embedded') {
			const outcome = await loadEmbedded(db, contract);
			if (outcome.status !== 'ready') return outcome;
			files.push(...(datasetHoldings[contract.id]?.files ?? []));
			rowCount = datasetHoldings[contract.id]?.rowCount ?? 0;
			continue;
		}
		if (step.kind === 'file') await replayFile(database, contract, step);
		else await loadRows(database, contract, step.csv, step.rows, step.mode);
		if (step.mode === 'replace') (files.length = 0), (rowCount = 0);
		files.push(step.file);
		rowCount += step.rows;
		loadedAt = step.loadedAt;
	}
	datasetHoldings[contract.id] = { source: 'uploaded', files, rowCount, loadedAt };
	return { status: 'ready', db: database };
}

/** Reads a kept large file again through the same DuckDB check; it must load the same rows as it did. */
async function replayFile(db: Database, contract: DatasetContract, step: Extract<SavedStep, { kind: 'file' }>): Promise<void> {
	const outcome = await checkBulk(db, contract, step.file, step.blob, step.setAsideInvalid);
	if (outcome.kind !== 'prepared') {
		throw new Error(`${step.file}, kept on this device, could not be read again (${outcome.kind === 'unread' ? outcome.reason : outcome.kind}). Reset to the embedded data and load it again.`);
	}
	await takeTurn(db, () => moveStaging(db, contract, outcome.staging, step.rows, step.mode));
}

async function load(contract: DatasetContract): Promise<DatasetOutcome> {
	// Start the engine while the extract is fetched: start-up is the slow part.
	const db = startBrowserDatabase();
	db.catch(() => undefined);
	const steps = await savedSteps(contract.id).catch(() => undefined);
	return steps?.length ? replay(db, contract, steps) : loadEmbedded(db, contract);
}

/** The outcome of loading a dataset; loads it on first call. */
export function loadDataset(contract: DatasetContract): Promise<DatasetOutcome> {
	let loading = loads.get(contract.id);
	if (!loading) {
		loading = load(contract).catch((error: unknown) => {
			loads.delete(contract.id);
			return { status: 'failed', message: errorMessage(error) } as const;
		});
		loads.set(contract.id, loading);
	}
	return loading;
}

/**
 * Loads a checked upload into its dataset, replacing or appending, and saves it
 * on the device. The load is all or nothing: if it fails, the dataset is as it
 * was. `kept` is false when the browser would not store it (a file too large
 * for one IndexedDB value): it is loaded for this session only.
 */
export function applyUpload(contract: DatasetContract, file: string, prepared: PreparedUpload, mode: LoadMode): Promise<{ kept: boolean }> {
	return inTurn(contract, async () => {
		const db = await databaseOf(contract);
		await loadRows(db, contract, prepared.csv, prepared.loadedRows, mode);
		const loadedAt = new Date().toISOString();
		return recordUpload(contract, { kind: 'upload', file, csv: prepared.csv, rows: prepared.loadedRows, mode, loadedAt });
	});
}

const applying = new Map<string, Promise<unknown>>();

/**
 * Runs one upload to a dataset after the ones before it. Files picked together
 * arrive together: each reads the saved steps, adds its own and writes them
 * back, so they must take turns, or one file's step is overwritten by
 * another's and a reload quietly replays fewer rows.
 */
function inTurn<T>(contract: DatasetContract, work: () => Promise<T>): Promise<T> {
	const previous = applying.get(contract.id) ?? Promise.resolve();
	const next = previous.then(work);
	applying.set(contract.id, next.catch(() => undefined));
	return next;
}

/** The database a dataset is loaded in, loading it first: an upload must land after its replay, never before. */
async function databaseOf(contract: DatasetContract): Promise<Database> {
	const outcome = await loadDataset(contract);
	if (outcome.status !== 'ready') throw new Error(`The ${contract.title.toLowerCase()} is not loaded, so nothing can be added to it.`);
	return outcome.db;
}

/** Checks a large file with DuckDB's own reader (see `bulk-upload.ts`) and stages the rows to load. */
export async function checkLargeUpload(contract: DatasetContract, file: File, setAsideInvalid: boolean, signal: AbortSignal): Promise<BulkOutcome> {
	// The read needs only the engine: the dataset's own load (awaited before the
	// rows join it) goes on meanwhile.
	const loading = databaseOf(contract);
	loading.catch(() => undefined);
	return checkBulk(await startBrowserDatabase(), contract, file.name, file, setAsideInvalid, signal);
}

/** Drops a staged large file that will not be loaded after all. */
export async function discardLargeUpload(contract: DatasetContract, staging: string): Promise<void> {
	const db = await databaseOf(contract);
	await takeTurn(db, () => db.query(`DROP TABLE IF EXISTS ${sqlIdentifier(staging)}`));
}

/** Loads a staged large file into its dataset, all or nothing, and keeps the File itself on the device. */
export function applyLargeUpload(
	contract: DatasetContract,
	file: File,
	staged: Extract<BulkOutcome, { kind: 'prepared' }>,
	mode: LoadMode,
	setAsideInvalid: boolean
): Promise<{ kept: boolean }> {
	return inTurn(contract, async () => {
		const db = await databaseOf(contract);
		const moveStart = performance.now();
		await takeTurn(db, () => moveStaging(db, contract, staged.staging, staged.loadedRows, mode));
		performance.measure('upload: join the dataset', { start: moveStart });
		const loadedAt = new Date().toISOString();
		const keepStart = performance.now();
		const kept = await recordUpload(contract, { kind: 'file', file: file.name, blob: file, rows: staged.loadedRows, setAsideInvalid, mode, loadedAt });
		performance.measure('upload: keep on the device', { start: keepStart });
		return kept;
	});
}

/** Saves a loaded upload's step on the device and updates what the dataset holds. */
async function recordUpload(contract: DatasetContract, step: Exclude<SavedStep, { kind: 'embedded' }>): Promise<{ kept: boolean }> {
	const { file, mode, loadedAt } = step;
	const before = (await savedSteps(contract.id)) ?? [{ kind: 'embedded' } as const];
	const kept = await saveSteps(contract.id, mode === 'replace' ? [step] : [...before, step]).then(
		() => true,
		() => false
	);
	const held = datasetHoldings[contract.id];
	datasetHoldings[contract.id] =
		mode === 'replace' || !held
			? { source: 'uploaded', files: [file], rowCount: step.rows, loadedAt }
			: { source: 'uploaded', files: [...held.files, file], rowCount: held.rowCount + step.rows, loadedAt };
	datasetVersions[contract.id] = (datasetVersions[contract.id] ?? 0) + 1;
	return { kept };
}

/** Forgets every upload and puts each loaded dataset back to its embedded extract. */
export async function resetToEmbedded(contracts: readonly DatasetContract[]): Promise<void> {
	await forgetAllUploads();
	for (const contract of contracts) {
		if (!loads.has(contract.id)) continue;
		const outcome = await loadEmbedded(startBrowserDatabase(), contract);
		loads.set(contract.id, Promise.resolve(outcome));
		datasetVersions[contract.id] = (datasetVersions[contract.id] ?? 0) + 1;
	}
}

/** Every dataset's rows as CSV in contract order, as loaded now, for a meeting snapshot. */
export async function snapshotDatasets(contracts: readonly DatasetContract[]): Promise<Snapshot['datasets']> {
	const datasets: Snapshot['datasets'][number][] = [];
	for (const contract of contracts) {
		const steps = (await savedSteps(contract.id)) ?? [{ kind: 'embedded' } as const];
		let header = `${contract.columns.map((column) => column.name).join(',')}\n`;
		let body = '';
		let rows = 0;
		const files: string[] = [];
		for (const step of steps) {
			const part = step.kind === 'embedded' ? await embeddedText(contract) : step.kind === 'file' ? await keptFileRows(contract, step) : { file: step.file, text: step.csv };
			const [first, ...rest] = part.text.split('\n');
			header = `${first}\n`;
			const lines = rest.join('\n');
			// An upload's rows were counted when it was checked; only the embedded extract is counted here.
			const count = step.kind === 'embedded' ? checkCsv(part.file, part.text, contract).rowCount : step.rows;
			if (step.kind !== 'embedded' && step.mode === 'replace') (body = ''), (rows = 0), (files.length = 0);
			body += lines.endsWith('\n') || lines === '' ? lines : `${lines}\n`;
			rows += count;
			if (part.file) files.push(part.file);
		}
		datasets.push({ id: contract.id, files, rows, csv: header + body });
	}
	return datasets;
}

/** A kept large file's loaded rows as CSV text in contract order, for a snapshot (which holds text). */
async function keptFileRows(contract: DatasetContract, step: Extract<SavedStep, { kind: 'file' }>): Promise<{ file: string; text: string }> {
	const decoded = decodeText(new Uint8Array(await step.blob.arrayBuffer()));
	if (!decoded.ok) throw new Error(`${step.file} is too large for a meeting snapshot: ${decoded.reason}`);
	const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
	const result = prepareUpload(step.file, text, contract, step.setAsideInvalid);
	if (!('prepared' in result)) throw new Error(`${step.file}, kept on this device, no longer passes its check.`);
	return { file: step.file, text: result.prepared.csv };
}

/** Makes a snapshot's datasets the ones loaded on this device; the caller then reloads its page. */
export async function restoreSnapshot(snapshot: Snapshot): Promise<void> {
	await forgetAllUploads();
	for (const dataset of snapshot.datasets) {
		await saveSteps(dataset.id, [
			{
				kind: 'upload',
				file: `meeting snapshot of ${snapshot.createdAt.slice(0, 10)}${dataset.files.length ? `: ${dataset.files.join(', ')}` : ''}`,
				csv: dataset.csv,
				rows: dataset.rows,
				mode: 'replace',
				loadedAt: new Date().toISOString()
			}
		]);
	}
}
