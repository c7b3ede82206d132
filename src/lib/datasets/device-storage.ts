/**
 * Where loaded files are kept on this device, behind a small interface: the
 * browser's IndexedDB, or memory for tests in Node. The registry's core takes
 * one as a parameter, so the same code is tested without a browser.
 */
import { createStore, del, get, keys, set } from 'idb-keyval';

/** A key-value store of structured-cloneable values (Blobs included). */
export interface DeviceStorage {
	get<T>(key: string): Promise<T | undefined>;
	set(key: string, value: unknown): Promise<void>;
	delete(key: string): Promise<void>;
	keys(): Promise<string[]>;
}

/**
 * The browser's IndexedDB (idb-keyval's default store), kept until the user
 * resets. Where it cannot be opened (a private window that has none, a
 * browser that refuses it), reading finds nothing kept, so every dataset
 * opens from its embedded extract, and each write fails, so a load is said to
 * be for this session only: the figures are shown either way.
 */
export function indexedDbStorage(): DeviceStorage {
	let store: ReturnType<typeof createStore> | undefined;
	const opened = () => (store ??= createStore('keyval-store', 'keyval'));
	const orNothing = async <T>(read: () => Promise<T>, nothing: T): Promise<T> => {
		if (typeof indexedDB === 'undefined') return nothing;
		return read().catch(() => nothing);
	};
	return {
		get: (key) => orNothing(() => get(key, opened()), undefined),
		set: async (key, value) => set(key, value, opened()),
		delete: (key) => orNothing(() => del(key, opened()), undefined),
		keys: () => orNothing(async () => (await keys(opened())).map(String), [] as string[])
	};
}

/** Storage in memory, for tests; `full` makes every write fail as a full disk does. */
export function memoryStorage(): DeviceStorage & { full: boolean } {
	const values = new Map<string, unknown>();
	return {
		full: false,
		async get<T>(key: string) {
			return values.get(key) as T | undefined;
		},
		async set(key, value) {
			if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			values.set(key, value);
		},
		async delete(key) {
			values.delete(key);
		},
		async keys() {
			return [...values.keys()];
		}
	};
}
