/**
 * The one way a view loads its figures: `viewResult` re-runs `load` whenever
 * its input (the filters in the URL) or any reactive value `load` reads at
 * once (a dataset's version) changes, and gives one behaviour to every view:
 * loading, error (in words, cleared by the next success), empty, ready; the
 * last figures stay on screen, with the input they were computed for, while
 * the next are loaded. While it loads, the view's readiness signal (its root's
 * `data-ready`) says so. Call it during component set-up.
 */
import { trackReadiness } from './view-readiness.svelte';
import { ViewLoad, type ViewLoadState } from './view-load';

export type { ViewStatus } from './view-load';

/** A view's load as its template reads it. */
export type ViewResult<Input, Value> = ViewLoadState<Input, Value>;

/** Loads a view's figures for `input()`, again whenever it changes; `empty` says when figures hold nothing to show. */
export function viewResult<Input, Value>(
	input: () => Input,
	load: (input: Input) => Promise<Value>,
	{ empty }: { empty?: (value: Value) => boolean } = {}
): ViewResult<Input, Value> {
	const machine = new ViewLoad<Input, Value>(empty);
	let state = $state.raw(machine.state);
	$effect(() => {
		const asked = input();
		const ticket = machine.begin();
		state = machine.state;
		load(asked).then(
			(value) => machine.succeed(ticket, asked, value) && (state = machine.state),
			(failure: unknown) => machine.fail(ticket, failure) && (state = machine.state)
		);
	});
	trackReadiness(() => !state.settled);
	return {
		get status() {
			return state.status;
		},
		get value() {
			return state.value;
		},
		get input() {
			return state.input;
		},
		get error() {
			return state.error;
		},
		get settled() {
			return state.settled;
		}
	};
}
