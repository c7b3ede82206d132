import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { judgeSeries, type SeriesData } from '$lib/spc/judged-series';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import SeriesPanel from './SeriesPanel.svelte';

// The panel reads the page's address for its small-counts rule: a view that hides small counts, on the working screen.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/referrals'), route: { id: '/referrals' } } }));

const home = { viewId: 'referrals', path: '/referrals', viewTitle: 'Referrals', theme: 'Vulnerability Protection' };
const judged = (values: readonly number[], more: Partial<SeriesData> = {}) =>
	judgeSeries(
		{
			definition: { id: 'referrals-victim-services', measure: 'Victim services referrals', unit: 'month', improvement: 'neither', valueKind: 'count' },
			points: monthlyPoints(values),
			target: null,
			illustrative: false,
			citations: [],
			...more
		},
		home
	);
// Svelte's server rendering leaves hydration comments between parts of a line.
const html = (series: ReturnType<typeof judged>, tableOpen?: boolean) => render(SeriesPanel, { props: { series, period: '2023', tableOpen } }).body.replace(/<!--[^>]*-->/g, '');

describe('SeriesPanel', () => {
	// Steady noise with September 2023 far above it (beyond the upper limit of 120.4, worked in spc-summary.test.ts).
	const signal = judged([...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8)], { target: 100 });
	const body = html(signal);

	it('is titled by its finding, the measure then the latest signal in words', () => {
		expect(signal.findings[0]).toMatch(/^September 2023: 125/);
		expect(body).toContain(`<h3 id="series-referrals-victim-services-heading">Victim services referrals: ${signal.findings[0]}</h3>`);
		expect(body).toMatch(/<section[^>]*aria-labelledby="series-referrals-victim-services-heading"/);
	});

	it('lists the other findings beneath the title, and draws the XmR chart', () => {
		expect(signal.findings.length).toBeGreaterThan(1);
		for (const finding of signal.findings.slice(1)) expect(body).toContain(`<li>${finding}</li>`);
		expect(body).toMatch(/<svg[^>]*role="img"/);
	});

	it('folds its table under a disclosure and draws it only when unfolded, each month in it, a small count as [c]', () => {
		const folded = html(judged([...steadyNoise.slice(0, 11), 3]));
		expect(folded).toMatch(/<details class="folded-table[^"]*"[^>]*><summary[^>]*>Show the table: each month's figure, limits and signal<\/summary>\s*<\/details>/);
		expect(folded).not.toContain('<table');
		const small = html(judged([...steadyNoise.slice(0, 11), 3]), true);
		expect(small).toMatch(/<details class="folded-table[^"]*"[^>]*open[^>]*><summary[^>]*>Show the table: each month's figure, limits and signal<\/summary>/);
		expect(small).toMatch(/<details[\s\S]*<table[\s\S]*<\/table>[\s\S]*<\/details>/);
		expect(small).toMatch(/December 2023<\/th>\s*<td[^>]*>\[c\]<\/td>/);
		expect(small).toMatch(/November 2023<\/th>\s*<td[^>]*>98<\/td>/);
		// The mean and limits keep their decimal, as the chart and the findings give them (mean 92.1).
		expect(small).toMatch(/November 2023<\/th>\s*<td[^>]*>98<\/td>\s*<td[^>]*>92\.1<\/td>/);
	});

	it('says so when the figures are illustrative, and gives them no signal', () => {
		const illustrative = html(judged([...steadyNoise.slice(0, 8), 125, ...steadyNoise.slice(8)], { illustrative: true }));
		expect(illustrative).toContain('Victim services referrals: illustrative sample, no signal or verdict given');
		expect(illustrative).toContain('Illustrative sample: limits drawn to show the method; no signal or verdict for invented figures');
		expect(illustrative).not.toContain('Special cause');
	});
});
