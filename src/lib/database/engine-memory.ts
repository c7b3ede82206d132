/**
 * How much memory DuckDB-WASM may use, so the page keeps room for itself.
 *
 * WebAssembly memory grows and never shrinks: whatever the engine once held
 * stays the tab's for as long as it is open. With the datasets in the database
 * file on the device (`keptInFile`), the engine can drop any block it has
 * written there and read it back, so a limit bounds the tab without refusing
 * large loads: 512 MB leaves a 1M-row police.uk load inside the 600 MB tab
 * (the page's own 250-300 MB included) on a machine that says it has 4 GB or
 * more, and an eighth of the device below that. In memory alone (no file:
 * a second tab, or a browser without the origin-private file system) every
 * row must stay in the engine, so the limit is only a guard against a load
 * that would crash the tab: half the device, at least 1 GB (a 1M-row load
 * needs about 700 MB there).
 */

/** Megabytes of memory for the engine, from `navigator.deviceMemory` (gigabytes; Chromium reports 0.25 to 8, others nothing). */
export function engineMemoryLimitMb(deviceMemoryGb: number | undefined, keptInFile: boolean): number {
	const device = deviceMemoryGb && deviceMemoryGb > 0 ? deviceMemoryGb : 4;
	if (keptInFile) return Math.round(Math.min(512, Math.max(256, (device * 1024) / 8)));
	return Math.round(Math.max(1024, (device * 1024) / 2));
}

/** Whether an engine error says it ran out of memory (DuckDB's "Out of Memory Error: could not allocate …"). */
export function isOutOfMemory(error: unknown): boolean {
	const text = error instanceof Error ? error.message : String(error);
	return /out of memory|could not allocate|failed to allocate|memory access out of bounds/i.test(text);
}
