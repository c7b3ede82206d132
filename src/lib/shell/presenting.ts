import { views } from '$lib/views/registry';

/**
 * Presenting mode, for projecting the dashboard at a Panel or board meeting:
 * held in the address (`?present=1`) so a prepared link opens in it, and so
 * stepping from view to view keeps it (and the filters) on.
 */
export const presentingParam = 'present';

/** Whether an address asks for presenting mode. */
export function isPresenting(params: URLSearchParams): boolean {
	return params.get(presentingParam) === '1';
}

/** The same address with presenting mode on or off; the filters stay as they are. */
export function withPresenting(url: URL, on: boolean): string {
	const next = new URL(url);
	if (on) next.searchParams.set(presentingParam, '1');
	else next.searchParams.delete(presentingParam);
	return `${next.pathname}${next.search}${next.hash}`;
}

/** The view before or after the one at `pathname`, in the navigation's order; none past either end. */
export function neighbourView(pathname: string, step: -1 | 1): (typeof views)[number] | undefined {
	const index = views.findIndex((view) => view.path === pathname);
	if (index === -1) return step === 1 ? views[0] : undefined;
	return views[index + step];
}

/** The address of another view in presenting mode, keeping this address's filters. */
export function viewAddress(url: URL, path: string): string {
	const next = new URL(url);
	next.pathname = path;
	next.hash = '';
	next.searchParams.set(presentingParam, '1');
	return `${next.pathname}${next.search}`;
}
