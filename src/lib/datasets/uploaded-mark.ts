/**
 * Which datasets hold uploaded data kept on this device, answered at once: a
 * page drawn from its build-time figures (the embedded extracts) must know,
 * before the engine has started and the kept data is read, that those figures
 * are not the user's, and say it is loading theirs instead. The device's store
 * (IndexedDB) answers only asynchronously, so the registry keeps this small mark
 * beside it in localStorage, from what each dataset turned out to hold; it is
 * a hint for the first screen, corrected as soon as the dataset is opened.
 */
const key = 'scrutiny-uploaded-datasets';

function marked(): Set<string> {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
		return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
	} catch {
		// No localStorage (a page rendered in Node, or storage refused): nothing is known to be kept.
		return new Set();
	}
}

/** Records whether a dataset holds uploaded data kept on this device (not an upload for this session only). */
export function markUploaded(dataset: string, kept: boolean): void {
	const ids = marked();
	if (ids.has(dataset) === kept) return;
	if (kept) ids.add(dataset);
	else ids.delete(dataset);
	try {
		localStorage.setItem(key, JSON.stringify([...ids].sort()));
	} catch {
		// Storage refused: the page falls back to showing it is loading once the engine has started.
	}
}

/** Forgets every mark: every dataset is back to its embedded extract. */
export function forgetUploadedMarks(): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing was kept.
	}
}

/** Whether any of these datasets holds uploaded data kept on this device, as last recorded. */
export function uploadedOnDevice(datasets: readonly string[]): boolean {
	const ids = marked();
	return datasets.some((id) => ids.has(id));
}
