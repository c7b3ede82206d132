/**
 * The meetings store's ties to the browser: the record in IndexedDB (through
 * idb-keyval) and notices between tabs on a BroadcastChannel. Nothing leaves the device.
 */
import { get, update } from 'idb-keyval';
import type { ChangeNotice, ChangeNotices, LogStorage, StoredLog } from './meetings-store';

const key = 'scrutiny-meetings-log';

/** The meetings log's record in this browser's IndexedDB. */
export function deviceStorage(): LogStorage {
	return {
		read: () => get<StoredLog>(key),
		update: (updater) => update<StoredLog>(key, (old) => updater(old))
	};
}

/** Notices between this browser's tabs, or none where BroadcastChannel is missing. */
export function tabNotices(): ChangeNotices | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	const channel = new BroadcastChannel('scrutiny-meetings');
	return {
		post: (notice) => channel.postMessage(notice),
		listen: (heard) => {
			const onMessage = (event: MessageEvent<ChangeNotice>) => heard(event.data);
			channel.addEventListener('message', onMessage);
			return () => channel.removeEventListener('message', onMessage);
		}
	};
}
