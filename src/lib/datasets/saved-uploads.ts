/**
 * Uploaded extracts kept on this device (IndexedDB, through idb-keyval), so
 * they survive a reload and a browser restart. Nothing is sent anywhere.
 */
import { del, get, keys, set } from 'idb-keyval';

/** One step in rebuilding a dataset: its embedded extract, or an uploaded file's accepted rows. */
export type SavedStep =
	| { readonly kind: 'embedded' }
	| {
			readonly kind: 'upload';
			readonly file: string;
			readonly csv: string;
			readonly rows: number;
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
