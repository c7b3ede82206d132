/**
 * The result of an async load that re-runs whenever the reactive values it
 * reads change (for example the filters in the URL). The last result stays on
 * screen while the next is fetched, and a stale answer never overwrites a
 * newer one. Call it during component set-up.
 */
export function latestResult<T>(load: () => Promise<T>): { readonly value: T | undefined; readonly error: string | undefined } {
	let value = $state<T | undefined>();
	let error = $state<string | undefined>();
	$effect(() => {
		let current = true;
		load().then(
			(result) => {
				if (current) (value = result), (error = undefined);
			},
			(failure: unknown) => {
				if (current) error = failure instanceof Error ? failure.message : String(failure);
			}
		);
		return () => {
			current = false;
		};
	});
	return {
		get value() {
			return value;
		},
		get error() {
			return error;
		}
	};
}
