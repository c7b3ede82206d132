/**
 * A view's readiness signal: its root element carries `data-ready="true"`
 * once every load inside it has settled (ready, empty or error) and
 * `data-ready="false"` while any is loading, so a test (or a screen reader
 * announcement) waits on one explicit signal rather than on the absence of a
 * loading panel. `DatasetGate` provides it; each `viewResult` inside reports to it.
 */
import { getContext, onDestroy, setContext, untrack } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

const key = Symbol('view readiness');

export class ViewReadiness {
	readonly #busy = new SvelteSet<() => boolean>();

	/** True when nothing tracked is loading. */
	get ready(): boolean {
		for (const busy of this.#busy) if (busy()) return false;
		return true;
	}

	/** Counts `busy` in the signal until the returned function is called. */
	track(busy: () => boolean): () => void {
		untrack(() => this.#busy.add(busy));
		return () => untrack(() => this.#busy.delete(busy));
	}
}

/** Makes a readiness signal for the view rendered inside this component. Call during component set-up. */
export function provideViewReadiness(): ViewReadiness {
	return setContext(key, new ViewReadiness());
}

/** Counts `busy` in the enclosing view's readiness for as long as this component lives; outside a view, nothing. */
export function trackReadiness(busy: () => boolean): void {
	const readiness = getContext<ViewReadiness | undefined>(key);
	// Counted from set-up, not from a later effect, so the signal never reads "true" between the two.
	if (readiness) onDestroy(readiness.track(busy));
}

/** The enclosing view's readiness signal, or undefined outside a view. Call during component set-up. */
export function viewReadiness(): ViewReadiness | undefined {
	return getContext<ViewReadiness | undefined>(key);
}

/**
 * A latch for work that should wait until the view's figures have first settled and never after: false
 * until `readiness` first reads ready (at once outside a view), then true for good. Read in an effect, it
 * tracks the view's loads only until then, so a later reload of the view (a filter) does not hold it back.
 */
export function settledOnce(readiness: ViewReadiness | undefined): () => boolean {
	let settled = readiness === undefined;
	return () => (settled ||= readiness?.ready ?? true);
}
