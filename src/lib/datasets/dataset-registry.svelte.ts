/**
 * The browser's wiring of the dataset store (see `dataset-store.ts`): DuckDB-WASM,
 * IndexedDB, a Web Lock shared by every tab of this browser, and a
 * BroadcastChannel that tells the other tabs when a change lands, so they load
 * it too. Views read `datasetVersions` (bumped on every change, so they query
 * again) and the Data page reads `datasetHoldings`.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { contractById, contracts as allContracts } from '$lib/contracts/registry';
import type { Database } from '$lib/database/database';
import { startBrowserDatabase } from '$lib/database/duckdb-browser';
import { errorMessage } from '$lib/error-message';
import type { Problem } from '$lib/validation/problem';
import { DatasetStore, localLock, type Holding, type LoadPlan, type WriteLock } from './dataset-store';
import { indexedDbStorage } from './device-storage';
import { shortOfRoom, shortOfRoomToOpen, storageRoom, type SnapshotForm } from './device-room';
import { embeddedExtract } from './embedded-extracts';
import type { LoadMode } from './saved-uploads';
import type { KeptTable } from './saved-uploads';
import type { OpenedSnapshot } from './snapshot';
import type { StagedFile, StageOutcome } from './stage-file';
import { forgetUploadedMarks, markUploaded } from './uploaded-mark';

/** Where a dataset's load ended. */
export type DatasetOutcome =
	| { readonly status: 'ready'; readonly db: Database }
	| { readonly status: 'invalid'; readonly file: string; readonly rowCount: number; readonly problems: readonly Problem[] }
	| { readonly status: 'failed'; readonly message: string };

/** What is loaded in a dataset now, for the Data page. */
export type DatasetHolding = Holding;

/** Bumped each time a dataset's rows change; views key on it to query again. */
export const datasetVersions: Record<string, number> = $state({});
/** What each loaded dataset holds. */
export const datasetHoldings: Record<string, DatasetHolding> = $state({});
/** What another tab last changed, for the notice on every page. */
export const otherTabChange = $state({ text: '', at: 0 });

/** What the user is told, once per page, when the database file on this device was replaced or could not be used. */
export const databaseFileNotice = $state({ text: '' });

const channelName = 'scrutiny-datasets';
let store: DatasetStore | undefined;
let channel: BroadcastChannel | undefined;

async function embeddedText(contract: DatasetContract): Promise<{ file: string; text: string }> {
	const extract = embeddedExtract(contract.id);
	if (!extract) return { file: '', text: `${contract.columns.map((column) => column.name).join(',')}\n` };
	const response = await fetch(extract.url);
	if (!response.ok) throw new Error(`${extract.file} could not be read (HTTP ${response.status}).`);
	const text = await response.text();
	return { file: extract.file, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

/**
 * What tells this build's embedded extract of a dataset from another build's, without fetching it: the address Vite
 * gives it in the build, which holds a hash of its bytes ('' where the dataset has none). A development server serves
 * the extracts under their plain names, which say nothing of their bytes: there, none (loaded at every start).
 */
function embeddedIdentity(contract: DatasetContract): string | undefined {
	if (import.meta.env.DEV) return undefined;
	return embeddedExtract(contract.id)?.url ?? '';
}

/** One writer at a time across the tabs of this browser (Web Locks), or in this tab where there are none. */
const tabLock = localLock();
const writeLock: WriteLock = (work) => (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(channelName, work) : tabLock(work));

/** The tab's store, made on first use (never while the page is rendered on the server). */
function theStore(): DatasetStore {
	if (store) return store;
	channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName);
	store = new DatasetStore({
		database: () => startBrowserDatabase(),
		storage: indexedDbStorage(),
		embedded: embeddedText,
		embeddedIdentity,
		lock: writeLock,
		announce: (ids) => channel?.postMessage({ datasets: ids }),
		// The page the user goes to next queries the new rows first; the columnar form follows.
		keepAfterMs: 3_000
	});
	if (channel) channel.onmessage = (event: MessageEvent<{ datasets: string[] }>) => void catchUp(event.data.datasets);
	return store;
}

/** Another tab changed these datasets: load what it stored and say so. */
async function catchUp(ids: readonly string[]): Promise<void> {
	const changed: string[] = [];
	for (const id of ids) {
		const contract = allContracts.find((c) => c.id === id);
		if (!contract || !loads.has(id)) continue;
		if (
			await theStore()
				.refresh(contract)
				.catch(() => false)
		) {
			changed.push(contract.title.toLowerCase());
			changedNow(contract);
		}
	}
	if (changed.length) Object.assign(otherTabChange, { text: `Another tab changed the ${changed.join(', the ')}: the figures here now show that change.`, at: Date.now() });
}

/** Publishes what a dataset holds, and marks whether it is uploaded data kept on this device (for the next page's first screen). */
function published(id: string, holding: Holding): void {
	datasetHoldings[id] = holding;
	markUploaded(id, holding.source === 'uploaded' && !holding.sessionOnly);
}

/** Publishes what a dataset holds now, and tells its views to query again. */
function changedNow(contract: DatasetContract): void {
	const holding = theStore().holding(contract.id);
	if (holding) published(contract.id, holding);
	datasetVersions[contract.id] = (datasetVersions[contract.id] ?? 0) + 1;
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- remembers each load's promise; no view reads it, so it needs no reactivity
const loads = new Map<string, Promise<DatasetOutcome>>();

/** The outcome of loading a dataset; loads it on first call. */
export function loadDataset(contract: DatasetContract): Promise<DatasetOutcome> {
	let loading = loads.get(contract.id);
	if (!loading) {
		// Start the engine while the extract is fetched: start-up is the slow part.
		const db = startBrowserDatabase();
		db.then((started) => {
			if (started.fileNotice) databaseFileNotice.text = started.fileNotice;
		}).catch(() => undefined);
		loading = theStore()
			.open(contract)
			.then(async (outcome): Promise<DatasetOutcome> => {
				if (outcome.status !== 'ready') return outcome;
				const holding = theStore().holding(contract.id);
				if (holding) published(contract.id, holding);
				return { status: 'ready', db: await db };
			})
			.catch((error: unknown) => {
				loads.delete(contract.id);
				return { status: 'failed', message: errorMessage(error) } as const;
			});
		loads.set(contract.id, loading);
	}
	return loading;
}

/** Reads and checks files chosen together for one dataset into staging (together, where they share a header); the dataset is not touched. */
export function stageUploads(
	contract: DatasetContract,
	files: readonly (Blob & { name: string })[],
	setAsideInvalid: boolean,
	signal: AbortSignal,
	onStaged: (index: number, outcome: StageOutcome) => void
): Promise<StageOutcome[]> {
	return theStore().stageAll(
		contract,
		files.map((file) => ({ name: file.name, blob: file })),
		setAsideInvalid,
		signal,
		onStaged
	);
}

/**
 * Where the tables live in the database file on this device, what a load of
 * `bytes` would need and what is free when the device has no room for it
 * (`device-room.ts`); undefined when there is room, or the tables are in
 * memory (a load the device will not keep is then held for the session).
 */
export async function shortOfRoomFor(bytes: number): Promise<{ needed: number; free: number } | undefined> {
	const db = await startBrowserDatabase();
	if (!db.keptInFile) return undefined;
	return shortOfRoom(bytes, await storageRoom());
}

/**
 * What opening a meeting snapshot file of `bytes` would need and what is free,
 * when the device has no room to keep its datasets (`device-room.ts`);
 * undefined when there is room, or the tables are in memory (the snapshot is
 * then opened for the session if the device will not keep it).
 */
export async function shortOfRoomToOpenSnapshot(bytes: number, form: SnapshotForm): Promise<{ needed: number; free: number } | undefined> {
	const db = await startBrowserDatabase();
	if (!db.keptInFile) return undefined;
	return shortOfRoomToOpen(bytes, form, await storageRoom());
}

/** Drops staged files that will not be loaded. */
export function discardStaged(files: readonly StagedFile[]): Promise<void> {
	return theStore().discard(files);
}

/** What loading staged files into a dataset would change. */
export async function planLoad(contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode): Promise<LoadPlan> {
	await loadDataset(contract);
	return theStore().plan(contract, files, mode);
}

/** Loads staged files into their dataset as one change, all or nothing, kept on the device when it can be. */
export async function applyLoad(contract: DatasetContract, files: readonly StagedFile[], mode: LoadMode): Promise<{ kept: boolean }> {
	await loadDataset(contract);
	try {
		const { kept } = await theStore().apply(contract, files, mode);
		return { kept };
	} finally {
		changedNow(contract);
	}
}

/** Puts a dataset back as it was before its last load. */
export async function undoLastLoad(contract: DatasetContract): Promise<void> {
	try {
		await theStore().undo(contract);
	} finally {
		changedNow(contract);
	}
}

/** Forgets every upload and puts each loaded dataset back to its embedded extract. */
export async function resetToEmbedded(contracts: readonly DatasetContract[]): Promise<void> {
	await theStore().reset(contracts);
	forgetUploadedMarks();
	for (const contract of contracts) if (loads.has(contract.id)) changedNow(contract);
}

/** Every dataset exactly as loaded and shown now (session-only data included) in its columnar form, for a meeting snapshot. */
export async function snapshotDatasets(contracts: readonly DatasetContract[]): Promise<{ contract: DatasetContract; kept: KeptTable; rowsFingerprint: string }[]> {
	const datasets: { contract: DatasetContract; kept: KeptTable; rowsFingerprint: string }[] = [];
	for (const contract of contracts) {
		const outcome = await loadDataset(contract);
		if (outcome.status !== 'ready')
			throw new Error(
				`The ${contract.title.toLowerCase()} is not loaded (${outcome.status === 'failed' ? outcome.message : 'its extract broke its contract'}), so a snapshot would not be what is on screen.`
			);
		datasets.push({ contract, ...(await theStore().snapshotOf(contract)) });
	}
	return datasets;
}

/**
 * Makes a snapshot's datasets the ones loaded in this tab and kept on this device, in the engine already running;
 * the caller then goes to its page in place. `kept` is false when the device would not keep them (this session only).
 */
export async function restoreSnapshot(snapshot: OpenedSnapshot): Promise<{ kept: boolean }> {
	const datasets = snapshot.datasets.map((dataset) =>
		'kept' in dataset
			? { contract: contractById(dataset.id), kept: dataset.kept, format: dataset.format, ...(dataset.fingerprint ? { fingerprint: dataset.fingerprint } : {}) }
			: {
					contract: contractById(dataset.id),
					name: `meeting snapshot of ${snapshot.createdAt.slice(0, 10)}${dataset.files.length ? `: ${dataset.files.join(', ')}` : ''}`,
					csv: dataset.csv,
					rows: dataset.rows
				}
	);
	const opened = allContracts.filter((contract) => loads.has(contract.id));
	const result = await theStore().restore(opened, datasets);
	for (const contract of opened) changedNow(contract);
	return result;
}
