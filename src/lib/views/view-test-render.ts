/**
 * For the views' component tests (`<view>/view.test.ts`): a view's component
 * rendered in Node as the build renders its page, from the figures the build
 * works out on the embedded extracts, and the extracts' rows from which a test
 * works out what it expects. Each test file mocks `$app/state` with its view's
 * address, as the page's address is what the components read.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { ViewDefinition } from './view-definition';
import ViewUnderTest from './ViewUnderTest.svelte';

export { embedded, embeddedRows } from './series-test-database';

/** The HTML a view's component renders on the server, without Svelte's hydration comments, with entities decoded where a test compares words. */
export function renderedView<Props extends Record<string, unknown>>(view: ViewDefinition, component: Component<Props>, props: Props): string {
	const { body } = render(ViewUnderTest<Props>, { props: { view, component, props } });
	return body.replace(/<!--[^>]*-->/g, '');
}

/** The text of an element found by a pattern on its opening tag, tags removed, whitespace collapsed, entities decoded. */
export function textOf(html: string, opening: RegExp): string {
	const match = opening.exec(html);
	if (!match) return '';
	const tag = /^<(\w+)/.exec(match[0])?.[1] ?? 'p';
	const rest = html.slice(match.index + match[0].length);
	const end = rest.indexOf(`</${tag}>`);
	return plainText(rest.slice(0, end < 0 ? undefined : end));
}

/** Markup as a reader hears it: tags removed, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
	return html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.replace(/ ([,.;:)])/g, '$1')
		.trim();
}

/** The rows of the table with this test id, each a list of its cells' text (header row first). */
export function tableRows(html: string, testId: string): string[][] {
	const start = html.indexOf(`data-testid="${testId}"`);
	if (start < 0) return [];
	const table = html.slice(start, html.indexOf('</table>', start));
	return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => plainText(cell[1] ?? '')));
}
