/**
 * Why a load failed, in words a performance lead can act on. An engine out of
 * memory (DuckDB-WASM under its memory limit, `engine-memory.ts`) says so and
 * what to do, rather than the engine's own words; the load's transaction has
 * then changed nothing, and the caller says so.
 */
import { isOutOfMemory } from '$lib/database/engine-memory';
import { errorMessage } from '$lib/error-message';

/** The failure of a load of `what` (file names or "N files"), in a sentence or two. */
export function loadFailure(error: unknown, what: string): string {
	if (!isOutOfMemory(error)) return errorMessage(error);
	return `Loading ${what} needed more memory than this browser lets the dashboard use. Load fewer files at a time (a year at once, say), close other tabs of the dashboard, or use a computer with more memory.`;
}
