/**
 * The states of one view load, kept apart from Svelte so they can be tested as
 * plain code (`view-result.svelte.ts` is the rune around it). A load begins
 * each time its input (the filters) changes; each beginning gets a ticket, and
 * only the latest ticket's answer counts, so a slow answer to old filters
 * never overwrites a newer one. The last figures stay on screen, with the
 * input they were computed for, while the next are loaded; a failure is shown
 * until the next success clears it.
 */
import { errorMessage } from '$lib/error-message';

/** What a view shows of one load: nothing yet, a failure, figures with nothing in them, or figures. */
export type ViewStatus = 'loading' | 'error' | 'empty' | 'ready';

/** Where one load stands. */
export interface ViewLoadState<Input, Value> {
	readonly status: ViewStatus;
	/** The latest figures, kept while the next are loaded; undefined before the first arrive. */
	readonly value: Value | undefined;
	/** The input (filters) `value` was computed for: label the figures with these, never the live ones. */
	readonly input: Input | undefined;
	/** The latest load's failure in words; cleared by the next success. */
	readonly error: string | undefined;
	/** False while a load runs: the view's readiness signal. */
	readonly settled: boolean;
}

export class ViewLoad<Input, Value> {
	#ticket = 0;
	#shown: { readonly input: Input; readonly value: Value } | undefined;
	#error: string | undefined;
	#settled = false;

	constructor(
		/** Whether figures hold nothing to show (the view then says so, instead of drawing empty charts). */
		private readonly isEmpty: (value: Value) => boolean = () => false
	) {}

	/** Where the load stands now. */
	get state(): ViewLoadState<Input, Value> {
		const value = this.#shown?.value;
		const status: ViewStatus = this.#error !== undefined ? 'error' : this.#shown === undefined ? 'loading' : this.isEmpty(this.#shown.value) ? 'empty' : 'ready';
		return { status, value, input: this.#shown?.input, error: this.#error, settled: this.#settled };
	}

	/** A load begins; its answer must bring back the ticket this returns. */
	begin(): number {
		this.#settled = false;
		return ++this.#ticket;
	}

	/** A load answered; false (and nothing changes) when a later load has begun since. */
	succeed(ticket: number, input: Input, value: Value): boolean {
		if (ticket !== this.#ticket) return false;
		this.#shown = { input, value };
		this.#error = undefined;
		this.#settled = true;
		return true;
	}

	/** A load failed; false (and nothing changes) when a later load has begun since. */
	fail(ticket: number, failure: unknown): boolean {
		if (ticket !== this.#ticket) return false;
		this.#error = errorMessage(failure);
		this.#settled = true;
		return true;
	}
}
