/**
 * What is kept on this device to rebuild each dataset after a reload: the
 * dataset's table in its columnar form (`columnar-form.ts`), and the table
 * before its last load while that can be undone, with a manifest of the loads
 * since its embedded extract (or since the last "replace everything"): each
 * file's name, SHA-256, rows, periods and when it was read. A reload opens
 * the columnar form and reads no CSV. Records kept before the columnar form
 * (October to December 2026) hold the files' bytes instead, and are rebuilt
 * by replaying them in order through the same checks. Nothing is sent anywhere.
 */
import type { DeviceStorage } from './device-storage';

/** How a load changes a dataset. */
export type LoadMode = 'update-periods' | 'replace' | 'add';

/** One file of a load, kept as the bytes chosen, so a reload reads it again the same way. */
export interface KeptFile {
	readonly name: string;
	/** SHA-256 of the bytes, hex: the same file chosen again is recognised by it. */
	readonly sha256: string;
	/** The bytes chosen: kept only in records made before the columnar form, which replay them. */
	readonly blob?: Blob;
	/** Rows loaded from it: reading it again must load exactly these. */
	readonly rows: number;
	/** Whether rows with problems were set aside (they are again on reload). */
	readonly setAsideInvalid: boolean;
	/** The periods its rows cover (values of the contract's period column), sorted. */
	readonly periods: readonly string[];
	/** When it was first read (absent in files kept before this was recorded). */
	readonly loadedAt?: string;
}

/** One load: files chosen together, applied as one change. */
export interface SavedLoad {
	readonly mode: LoadMode;
	readonly files: readonly KeptFile[];
	readonly loadedAt: string;
}

/** One version of a dataset's table, kept in its columnar form, with what the Data page says of it. */
export interface KeptTable {
	readonly bytes: Blob;
	readonly rows: number;
	readonly source: 'embedded' | 'uploaded';
	/** The files whose rows it holds, each with the periods it supplies there. */
	readonly files: readonly { readonly name: string; readonly periods: readonly string[] }[];
	readonly loadedAt: string;
	/** The loads that made it (files' names, hashes, rows and periods, no bytes). */
	readonly loads: readonly SavedLoad[];
}

/** A dataset kept in its columnar form: the table now, and before its last load while that can be undone. */
export interface KeptForm {
	/** The form's kind (`columnar-form.ts`): typed columns, or every column as text in data kept before December 2026. */
	readonly format: string;
	/** The contract's columns when it was written, in order: a reload under other columns replays nothing and says so. */
	readonly columns: readonly string[];
	readonly current: KeptTable;
	readonly previous?: KeptTable;
}

/** Everything kept for one dataset. */
export interface SavedDataset {
	/** Changes with every write, so a tab can tell its tables are behind what is stored. */
	readonly revision: string;
	readonly loads: readonly SavedLoad[];
	/** True until the next change: the last load can be undone by dropping it. */
	readonly canUndo: boolean;
	/** The table in its columnar form; absent in records made before it, which replay `loads`' files. */
	readonly kept?: KeptForm;
}

const prefix = 'scrutiny-dataset:';
/** Keys of the format before loads were batched; forgotten on reset. */
const oldPrefix = 'scrutiny-upload:';

/** What is kept for a dataset, or undefined when it is its embedded extract. */
export function savedDataset(storage: DeviceStorage, dataset: string): Promise<SavedDataset | undefined> {
	return storage.get<SavedDataset>(prefix + dataset);
}

/** Keeps what rebuilds a dataset; rejects when the device will not store it (full). */
export function saveDataset(storage: DeviceStorage, dataset: string, saved: SavedDataset): Promise<void> {
	return storage.set(prefix + dataset, saved);
}

/** Forgets every kept load: each dataset goes back to its embedded extract. */
export async function forgetAllUploads(storage: DeviceStorage): Promise<void> {
	const all = await storage.keys();
	await Promise.all(all.filter((key) => key.startsWith(prefix) || key.startsWith(oldPrefix)).map((key) => storage.delete(key)));
}

/**
 * The loads that rebuild the dataset as it is before `next` is added: from
 * its last "replace everything" on, since nothing before that shows.
 */
export function compactLoads(loads: readonly SavedLoad[]): SavedLoad[] {
	const lastReplace = loads.findLastIndex((load) => load.mode === 'replace');
	return loads.slice(Math.max(0, lastReplace));
}
