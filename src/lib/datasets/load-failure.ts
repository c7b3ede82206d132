/**
 * Why a load failed, in words a performance lead can act on. An engine out of
 * memory (DuckDB-WASM under its memory limit, `engine-memory.ts`) says so and
 * what to do, rather than the engine's own words; the load's transaction has
 * then changed nothing, and the caller says so.
 */
import { isOutOfMemory } from '$lib/database/engine-memory';
import { errorMessage } from '$lib/error-message';
import { megabytes } from '$lib/validation/decode-text';

/** The failure of a load of `what` (file names or "N files"), in a sentence or two. */
export function loadFailure(error: unknown, what: string): string {
	if (!isOutOfMemory(error)) return errorMessage(error);
	return `Loading ${what} needed more memory than this browser lets the dashboard use. Load fewer files at a time (a year at once, say), close other tabs of the dashboard, or use a computer with more memory.`;
}

/** A load refused before it started because the device has no room to keep it (`device-room.ts`). */
export function noRoomFailure(what: string, needed: number, free: number): string {
	return `There is not enough room on this device to keep ${what}: loading it needs about ${megabytes(needed)} of storage, and the browser lets the dashboard use ${megabytes(free)} more. Nothing was loaded: every dataset, the figures on screen and everything this device already keeps are as they were. Free some space on this device (delete files you no longer need, or clear other sites' data in the browser's settings), then load the files again, or load fewer files at a time.`;
}

/** A meeting snapshot refused before it was opened because the device has no room to keep its datasets (`device-room.ts`). */
export function noRoomToOpen(file: string, needed: number, free: number): string {
	return `${file} was not opened: there is not enough room on this device to keep its datasets. Opening it needs about ${megabytes(needed)} of storage, and the browser lets the dashboard use ${megabytes(free)} more. Nothing was changed: every dataset, the figures on screen, the meetings log and everything this device already keeps are as they were. Free some space on this device (delete files you no longer need, or clear other sites' data in the browser's settings), then open the snapshot again.`;
}
