/**
 * What is kept on this device to rebuild each dataset after a reload: the
 * loads since its embedded extract (or since the last "replace everything"),
 * each with its files as the bytes the user chose. Replaying them in order
 * through the same checks gives the same rows; nothing is sent anywhere.
 */
import type { DeviceStorage } from './device-storage';

/** How a load changes a dataset. */
export type LoadMode = 'update-periods' | 'replace' | 'add';

/** One file of a load, kept as the bytes chosen, so a reload reads it again the same way. */
export interface KeptFile {
	readonly name: string;
	/** SHA-256 of the bytes, hex: the same file chosen again is recognised by it. */
	readonly sha256: string;
	readonly blob: Blob;
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

/** Everything kept for one dataset. */
export interface SavedDataset {
	/** Changes with every write, so a tab can tell its tables are behind what is stored. */
	readonly revision: string;
	readonly loads: readonly SavedLoad[];
	/** True until the next change: the last load can be undone by dropping it. */
	readonly canUndo: boolean;
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
