import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { barExamples, exampleNames, lineExamples, shownCount, tableExamples, xmrExamples } from './examples';
import Gallery from './+page.svelte';

// The gallery as it is built (server-rendered, no browser and no query engine).
const { body, head } = render(Gallery);

describe('the gallery of charts and tables', () => {
	it('names every example once and draws a section for each, headed by its name', () => {
		expect(new Set(exampleNames).size).toBe(exampleNames.length);
		for (const name of exampleNames) {
			expect(body).toContain(`data-example="${name}"`);
			expect(body).toContain(`>Example: ${name}</h3>`);
		}
	});

	it('draws one chart per chart example, and a table per XmR and table example', () => {
		const charts = body.match(/<svg[^>]*role="img"/g) ?? [];
		expect(charts).toHaveLength(barExamples.length + lineExamples.length + xmrExamples.length);
		const tables = body.match(/<table/g) ?? [];
		expect(tables).toHaveLength(xmrExamples.length + tableExamples.length);
	});

	it('shows a count below 5 as [c] only in the suppressed table, and an empty table says so', () => {
		const suppressed = tableExamples.find((example) => example.suppressed)!;
		const small = suppressed.rows.flatMap((row) => [row.visits, row.declined]).filter((count) => count > 0 && count < 5);
		expect(small.length).toBeGreaterThan(0);
		for (const count of small) expect(shownCount(count, true)).toBe('[c]');
		expect(shownCount(small[0], false)).toBe(String(small[0]));
		expect(body.match(/>\[c\]</g)).toHaveLength(small.length);
		expect(body).toContain('No records for the chosen filters.');
	});

	it('is kept out of search engines', () => {
		expect(head).toContain('<meta name="robots" content="noindex"');
	});
});
