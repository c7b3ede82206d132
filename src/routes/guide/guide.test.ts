import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The guide is written twice, as docs/guide.md and as this route's page (no markdown library is
// installed to render one from the other): these tests keep the two in step.
const markdown = readFileSync('docs/guide.md', 'utf8');
const page = readFileSync('src/routes/guide/+page.svelte', 'utf8');

const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.trim();
const markdownHeadings = [...markdown.matchAll(/^(#{1,3}) (.+)$/gm)].map((m) => `h${m[1]!.length} ${m[2]!.replace(/\*\*|`/g, '')}`);
const pageHeadings = [...page.matchAll(/<h([1-3])>(.+?)<\/h\1>/g)].map((m) => `h${m[1]} ${plain(m[2]!)}`);
const words = (text: string) =>
	text
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/<img[^>]*>/g, '')
		.replace(/<[^>]+>|\*\*|`|^#+ |^- /gm, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.split(/\s+/)
		.filter(Boolean);

describe('the guide page and docs/guide.md', () => {
	it('have the same headings in the same order', () => {
		expect(markdownHeadings.length).toBeGreaterThan(5);
		expect(pageHeadings).toEqual(markdownHeadings);
	});

	it('say the same words', () => {
		const body = page.slice(page.indexOf('</svelte:head>') + '</svelte:head>'.length, page.indexOf('<style>'));
		expect(words(body)).toEqual(words(markdown));
	});

	it('show the same screenshots, each one written by the screenshot script into docs/images', () => {
		const inMarkdown = [...markdown.matchAll(/\(images\/([a-z-]+\.png)\)/g)].map((m) => m[1]);
		const inPage = [...page.matchAll(/docs\/images\/([a-z-]+\.png)'/g)].map((m) => m[1]);
		expect(inMarkdown.length).toBeGreaterThan(0);
		expect(inPage).toEqual(inMarkdown);
		for (const file of inMarkdown) expect(readFileSync(`docs/images/${file}`).subarray(1, 4).toString()).toBe('PNG');
	});
});
