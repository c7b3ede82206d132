import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { dotAxisStart } from '$lib/charts/dot-layout';
import { barExamples, dotExamples, exampleNames, lineExamples, seriesPanelExamples, shareBarExamples, shownCount, tableExamples, xmrExamples } from './examples';
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

	it('draws one chart per chart example, and a table per XmR, series and table example', () => {
		const charts = body.match(/<svg[^>]*role="img"/g) ?? [];
		expect(charts).toHaveLength(barExamples.length + shareBarExamples.length + dotExamples.length + lineExamples.length + xmrExamples.length + seriesPanelExamples.length);
		const tables = body.match(/<table/g) ?? [];
		expect(tables).toHaveLength(xmrExamples.length + seriesPanelExamples.length + tableExamples.length);
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

	it('shows a series in each state a view can: a signal, no signal, illustrative, provisional limits, no limits', () => {
		const finding = (name: string) => seriesPanelExamples.find((example) => example.name === name)!.series.findings[0];
		expect(finding('series-signal')).toMatch(/a shift, not noise/);
		expect(finding('series-no-signal')).toMatch(/^No signal/);
		expect(finding('series-illustrative')).toMatch(/^Illustrative sample/);
		expect(seriesPanelExamples.find((example) => example.name === 'series-provisional')!.series.analysis.segments[0]?.state).toBe('provisional');
		expect(finding('series-none')).toMatch(/^No process limits/);
		// Made-up figures carry no verdict against a target, even here.
		expect(seriesPanelExamples.every((example) => example.series.analysis.assurance === null)).toBe(true);
	});

	it('draws an XmR chart with months missing as the views do: a dotted line in their slot, the line broken, and the months named under it', () => {
		const start = body.indexOf('data-example="xmr-missing-months"');
		const html = body.slice(start, body.indexOf('</section>', start));
		expect(html.match(/class="gap"/g)).toHaveLength(1);
		expect(html).toContain('No figures between December 2023 and January 2025: the line is broken at the dotted line');
		// The values' line (the common-cause colour) is two stretches, each starting with a move.
		const line = /<path d="(M[^"]*)" fill="none"/.exec(html)?.[1] ?? '';
		expect(line.match(/M/g)).toHaveLength(2);
	});

	it('draws a dot plot whose axis starts nearer the data with a break and the words saying so, and one from zero without', () => {
		const section = (name: string) => body.slice(body.indexOf(`data-example="${name}"`), body.indexOf('</section>', body.indexOf(`data-example="${name}"`)));
		for (const example of dotExamples) {
			const start = dotAxisStart(
				example.dots.map((dot) => dot.value),
				example.target
			);
			const html = section(example.name);
			expect(html).toContain(`>${example.dots[0]!.valueLabel}</text>`);
			expect(html).toContain(`Target ${example.target}%`);
			if (start > 0) {
				expect(html).toContain(`The axis starts at ${start}%, not at 0%.`);
				expect(html).toContain('data-axis-break');
			} else {
				expect(html).not.toContain('The axis starts at');
				expect(html).not.toContain('data-axis-break');
			}
		}
		expect(
			dotExamples.map(
				(example) =>
					dotAxisStart(
						example.dots.map((dot) => dot.value),
						example.target
					) > 0
			)
		).toEqual([true, false]);
	});

	it('is kept out of search engines', () => {
		expect(head).toContain('<meta name="robots" content="noindex"');
	});
});
