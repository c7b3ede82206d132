import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import { analyseSeries } from '$lib/spc/xmr';
import XmrChart from './XmrChart.svelte';
import XmrTable from '$lib/components/XmrTable.svelte';

const noise = steadyNoise;
// September 2023 far above the rest; from January 2024 a re-based second year.
const values = [...noise.slice(0, 8), 125, ...noise.slice(8), ...noise.map((value) => value + 30).slice(0, 8)];
const analysis = analyseSeries({
	points: monthlyPoints(values),
	improvement: 'lower',
	target: 95,
	rebases: [{ period: '2024-02', reason: 'Safer Streets Round 5 began' }]
});

describe('XmrChart', () => {
	const { body } = render(XmrChart, { props: { id: 'burglary', title: 'Burglary', description: 'Burglary by month', analysis, axisLabel: 'Month' } });

	it('is an image named by its title and description', () => {
		expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="burglary-title burglary-desc"/);
		expect(body).toContain('<desc id="burglary-desc">Burglary by month</desc>');
	});

	it('marks the special cause in the colour and shape of a concern, and says so in its tooltip', () => {
		expect(body).toMatch(/data-variation="concern"/);
		expect(body).toContain('September 2023: 125, special cause: concern');
		expect(body).toContain('Special cause: concern</li>');
	});

	it('draws each period’s limits, the target and the re-basing’s reason', () => {
		expect(body.match(/<title>Upper process limit/g)).toHaveLength(2);
		expect(body).toContain('From February 2024: Safer Streets Round 5 began');
		expect(body).toContain('Target 95');
		// The second period has 8 points (February to September 2024): its limits are provisional, and the chart says so.
		expect(body).toContain('Provisional limits</text>');
		expect(body).toContain('Provisional limits: 8 points from February 2024');
	});

	it('offers the downloads every chart has', () => {
		expect(body).toContain('Download data (CSV)');
		expect(body).toContain('Download chart (PNG)');
	});

	it('says when figures are illustrative', () => {
		const illustrative = analyseSeries({ points: monthlyPoints(noise), improvement: 'higher', illustrative: true });
		const html = render(XmrChart, { props: { id: 'x', title: 'x', description: 'x', analysis: illustrative, axisLabel: 'Month' } }).body;
		expect(html).toContain('Illustrative sample: limits drawn to show the method');
		expect(html).not.toContain('data-variation="concern"');
	});
});

describe('XmrTable', () => {
	// Svelte's server rendering leaves hydration comments between cells.
	const body = render(XmrTable, { props: { caption: 'Burglary by month', analysis, valueLabel: 'Crimes' } }).body.replace(/<!--[^>]*-->/g, '');

	it('gives each month its value, limits and signal in words', () => {
		expect(body).toContain('<caption>Burglary by month</caption>');
		expect(body).toMatch(/September 2023<\/th>\s*<td[^>]*>125<\/td>/);
		expect(body).toContain('Special cause: concern: a point beyond a process limit (high)');
		expect(body).toContain('February 2024 (limits start again: Safer Streets Round 5 began)');
		expect(body).toMatch(/\(provisional\)/);
	});
});
