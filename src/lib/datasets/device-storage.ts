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

/** The browser's IndexedDB (idb-keyval's default store), kept until the user resets. */
export function indexedDbStorage(): DeviceStorage {
	const store = createStore('keyval-store', 'keyval');
	return {
		get: (key) => get(key, store),
		set: (key, value) => set(key, value, store),
		delete: (key) => del(key, store),
		keys: async () => (await keys(store)).map(String)
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
