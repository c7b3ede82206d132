/**
 * Whether this device has room to keep a load, or a meeting snapshot's
 * datasets, asked before anything starts.
 *
 * Where the engine's tables live in its database file on the device, a write
 * the browser refuses for want of space does not fail in DuckDB-WASM 1.32: the
 * engine stops and never answers again (seen with Chromium's storage quota
 * made tiny: the check sat at "0 of 1 file checked" for good). So a load the
 * device has no room for is refused before anything is read, with the files'
 * names, and nothing changes. The browser says how much its storage may still
 * take (`navigator.storage.estimate()`: the quota it allows this site, less
 * what the site uses), which is the room that counts: it is less than the
 * disk's free space.
 */

/**
 * What a load of `bytes` of CSV may take on the device, at most: its table in
 * the database file (about a seventh of the CSV, compressed, with the table
 * kept for undo and the file's log while it is written), and in IndexedDB the
 * files' bytes as they are and their columnar form (another seventh). Half as
 * much again as the files, and 8 MB for the log and the records.
 */
export function roomNeeded(bytes: number): number {
	return Math.ceil(bytes * 1.5) + 8 * 1024 * 1024;
}

/** What the browser says of its storage for this site (`StorageEstimate`). */
export interface StorageRoom {
	readonly quota?: number;
	readonly usage?: number;
}

/** The shortfall for a load of `bytes` (what it needs and what is free), or undefined when there is room or the browser does not say. */
export function shortOfRoom(bytes: number, room: StorageRoom | undefined): { needed: number; free: number } | undefined {
	return lacking(roomNeeded(bytes), room);
}

/** How a meeting snapshot holds its datasets: each in its columnar form (a ZIP, since December 2026), or as CSV text (JSON, before). */
export type SnapshotForm = 'columnar' | 'csv';

/**
 * What opening a meeting snapshot file of `bytes` may take on the device, at
 * most. In the columnar form: its tables in the database file (about the
 * form's size, compressed alike), the form again in IndexedDB (for a second
 * tab), and, until the file is written through after the page is drawn, the
 * rows uncompressed in the file's log (about eight times the form: 29 MB for
 * the 3.8 MB of a year of police.uk files); ten times the file, and 8 MB for
 * the records. A snapshot of CSV text is opened as a load of that much CSV.
 */
export function roomNeededToOpen(bytes: number, form: SnapshotForm): number {
	return form === 'csv' ? roomNeeded(bytes) : Math.ceil(bytes * 10) + 8 * 1024 * 1024;
}

/** The shortfall for opening a snapshot file of `bytes` (what it needs and what is free), or undefined when there is room or the browser does not say. */
export function shortOfRoomToOpen(bytes: number, form: SnapshotForm, room: StorageRoom | undefined): { needed: number; free: number } | undefined {
	return lacking(roomNeededToOpen(bytes, form), room);
}

function lacking(needed: number, room: StorageRoom | undefined): { needed: number; free: number } | undefined {
	if (room?.quota === undefined || room.usage === undefined) return undefined;
	const free = Math.max(0, room.quota - room.usage);
	return free < needed ? { needed, free } : undefined;
}

/** What the browser says of its storage for this site, or undefined where it cannot say. */
export async function storageRoom(): Promise<StorageRoom | undefined> {
	if (typeof navigator !== 'object' || typeof navigator.storage?.estimate !== 'function') return undefined;
	return navigator.storage.estimate().catch(() => undefined);
}
