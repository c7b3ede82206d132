/**
 * Uploaded extracts kept on this device (IndexedDB, through idb-keyval), so
 * they survive a reload and a browser restart. Nothing is sent anywhere.
 */
import { del, get, keys, set } from 'idb-keyval';

/** One step in rebuilding a dataset: its embedded extract, an uploaded file's accepted rows, or a large uploaded file. */
export type SavedStep =
	| { readonly kind: 'embedded' }
	| {
			readonly kind: 'upload';
			readonly file: string;
			readonly csv: string;
			readonly rows: number;
			readonly mode: 'replace' | 'append';
			readonly loadedAt: string;
	  }
	/** A large file, kept as the File itself (IndexedDB stores it as a blob) and read again by DuckDB on reload. */
	| {
			readonly kind: 'file';
			readonly file: string;
			readonly blob: Blob;
			/** Rows loaded from it: the same check on reload must load exactly these. */
			readonly rows: number;
			/** Whether rows with problems were set aside (they are again on reload). */
			readonly setAsideInvalid: boolean;
			readonly mode: 'replace' | 'append';
			readonly loadedAt: string;
	  };

const prefix = 'scrutiny-upload:';

/** The steps that rebuild a dataset from uploads, or undefined when it uses its embedded extract. */
export async function savedSteps(dataset: string): Promise<SavedStep[] | undefined> {
	return get<SavedStep[]>(prefix + dataset);
}

/** Records the steps that rebuild a dataset. */
export async function saveSteps(dataset: string, steps: readonly SavedStep[]): Promise<void> {
	await set(prefix + dataset, steps);
}

/** Forgets every saved upload: each dataset goes back to its embedded extract. */
export async function forgetAllUploads(): Promise<void> {
	const all = await keys();
	await Promise.all(all.filter((key) => String(key).startsWith(prefix)).map((key) => del(key)));
}
