/**
 * Each step of a load marks its time with `performance.measure('upload: <step>')`,
 * so the benchmark (bench/upload.js) can print where a load's time went. Marks
 * only: nothing here changes what a load does, and no test times them.
 */

/** Runs one step of a load and marks how long it took. */
export async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		marked(step, start);
	}
}

/** Marks a step that began at `start` (from `performance.now()`) and ends now. */
export function marked(step: string, start: number): void {
	// A browser whose timeline is full (or lacks User Timing) loses a mark, never the load.
	try {
		performance.measure(`upload: ${step}`, { start });
	} catch {
		/* nothing to mark */
	}
}

/**
 * Marks a dataset reopened from its columnar form on the device
 * (`reopen: <step>`), never as an upload: after a reload there must be no
 * `upload:` mark, since no CSV is read again.
 */
export async function timedReopen<T>(step: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		try {
			performance.measure(`reopen: ${step}`, { start });
		} catch {
			/* nothing to mark */
		}
	}
}

/**
 * Marks a step of opening a meeting snapshot (`snapshot: <step>`), so the
 * benchmark can say where its time went.
 */
export async function timedSnapshot<T>(step: string, work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await work();
	} finally {
		try {
			performance.measure(`snapshot: ${step}`, { start });
		} catch {
			/* nothing to mark */
		}
	}
}
