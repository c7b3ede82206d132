import { browser } from '$app/environment';
import { page } from '$app/state';

/**
 * The page's query string, where views read their filters. Empty while a page
 * is rendered at build time: a prerendered page has no query string, and
 * SvelteKit throws on reading one, so the figures drawn then are those a bare
 * address asks for. Read it inside a reactive context to follow navigation.
 */
export function pageParams(): URLSearchParams {
	return browser ? page.url.searchParams : new URLSearchParams();
}
