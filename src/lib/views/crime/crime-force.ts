import { forceSlug, llrForce } from '$lib/datasets/police-uk-files';

/** The URL parameter that holds the Crime view's force, by police.uk's short name ("lancashire"). */
export const forceParam = 'force';

/**
 * The force a URL asks for, among those loaded (by short name), or
 * Leicestershire Police: a link naming a force not loaded here shows LLR's
 * figures rather than none.
 */
export function forceFromUrl(params: URLSearchParams, loaded: readonly string[]): string {
	const wanted = params.get(forceParam);
	return (wanted && loaded.find((force) => forceSlug(force) === wanted)) || llrForce;
}

/** A copy of `url` holding `force` (Leicestershire Police, the default, is left out). */
export function urlWithForce(url: URL, force: string): URL {
	const next = new URL(url);
	if (force === llrForce) next.searchParams.delete(forceParam);
	else next.searchParams.set(forceParam, forceSlug(force));
	return next;
}
