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

/** Rows DuckDB writes to its database file as one row group; a smaller table goes through the file's log first. */
const rowGroupBytes = 40 * 1024 * 1024;

/**
 * What a load of `bytes` of CSV may take on the device, at most. Measured with
 * `navigator.storage.estimate()` in Chromium before a load and 30 s after it
 * (6 December 2026): four real Leicestershire months (8.8 MB of CSV) took
 * 26.8 MB on a device that had no database file yet (the file made, with the
 * embedded extracts, 6.0 MB; its log 10.2 MB; IndexedDB's records and
 * columnar form 10.6 MB); twelve generated months (29.7 MB) took 42 MB; a
 * million rows (318 MB) took 55 MB. The rows of a table smaller than a row
 * group (122,880 rows, about 40 MB of police.uk CSV) are written to the log as
 * they are, uncompressed, so up to that much a load can need more than its own
 * size; beyond it the row groups go to the file compressed (about a seventh of
 * the CSV), with the columnar form in IndexedDB and the table before the load
 * kept for undo. So: 1.2 times the bytes up to a row group, 0.6 times all of
 * them, and 16 MB for a first database file and the records. It errs large,
 * because a write the browser refuses stops the engine for good.
 */
export function roomNeeded(bytes: number): number {
	return Math.ceil(1.2 * Math.min(bytes, rowGroupBytes) + 0.6 * bytes) + 16 * 1024 * 1024;
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
 * the 3.8 MB of a year of police.uk files); ten times the file, and, as for a
 * load, 16 MB for a first database file and the records. A snapshot of CSV
 * text is opened as a load of that much CSV.
 */
export function roomNeededToOpen(bytes: number, form: SnapshotForm): number {
	return form === 'csv' ? roomNeeded(bytes) : Math.ceil(bytes * 10) + 16 * 1024 * 1024;
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
