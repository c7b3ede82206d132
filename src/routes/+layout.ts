import type { LayoutLoad } from './$types';

// Every page is built to a static file; data loads in the browser.
export const prerender = true;
export const trailingSlash = 'never';

export const load = (() => ({})) satisfies LayoutLoad;
