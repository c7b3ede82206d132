import { viewComponentLoaders } from '$lib/views/view-pages';
import type { PageLoad } from './$types';

/**
 * The view's component, loaded with its page, so a page carries only its own
 * view's code (the loaders are one lazily imported chunk per view), with the
 * build-time figures from `+page.server.ts`.
 */
export const load = (async ({ data, params }) => {
	const loadComponent = viewComponentLoaders[params.view];
	if (!loadComponent) throw new Error(`There is no view "${params.view}"`);
	return { ...data, component: await loadComponent() };
}) satisfies PageLoad;
