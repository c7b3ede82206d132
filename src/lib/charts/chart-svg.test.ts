import { describe, expect, it } from 'vitest';
import { escapeXml, standaloneSvg } from './chart-svg';

/** Tags in order, checked to nest properly: enough to catch an unescaped < or a tag left open. */
function unbalancedTags(xml: string): string[] {
	const open: string[] = [];
	const problems: string[] = [];
	for (const [, closing, name, selfClosing] of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
		if (selfClosing) continue;
		if (!closing) open.push(name!);
		else if (open.pop() !== name) problems.push(name!);
	}
	return [...problems, ...open];
}

const body = '<g transform="translate(220, 0)"><rect x="0" y="14" width="300" height="32" fill="#12436D"/><text class="value-label" x="306" y="30">£154.5m</text></g>';

describe('a chart as a standalone SVG file', () => {
	const svg = standaloneSvg({
		body,
		width: 720,
		height: 100,
		title: 'Net budget requirement 2017/18, by line (£m and % of the total) <draft> & "final"',
		period: '2017/18',
		sources: ['Police and Crime Plan 2017-2021, 23 March 2017 (003_ac62d51adaa89b3d.txt): Value for Money section'],
		marking: 'OFFICIAL',
		legend: [
			{ label: 'Passed to the Chief Constable', colour: '#12436D' },
			{ label: 'Same month last year', colour: '#3D3D3D', line: true, dashed: true }
		]
	});

	it('is a whole SVG document of its own, with its styles written in and nothing fetched', () => {
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('<style>');
		expect(svg).toContain('.tick, .axis-label { fill: #484949; font-size: 13px; }');
		expect(svg).not.toMatch(/href|url\(|@import|var\(--/);
		expect(unbalancedTags(svg)).toEqual([]);
	});

	it('carries the title, period, source and marking as text, escaped', () => {
		expect(svg).toContain('<title>Net budget requirement 2017/18, by line (£m and % of the total) &lt;draft&gt; &amp; &quot;final&quot;</title>');
		expect(svg).toContain('>Period: 2017/18</text>');
		expect(svg).toContain('>Source: Police and Crime Plan 2017-2021, 23 March 2017');
		expect(svg.match(/>OFFICIAL<\/text>/g)).toHaveLength(2);
		expect(svg).toContain('>Passed to the Chief Constable</text>');
		expect(svg).toContain('stroke-dasharray="6 4"');
	});

	it('draws the chart itself below the heading, at its own size', () => {
		expect(svg).toMatch(/<svg class="chart-body" x="0" y="\d+" width="720" height="100" viewBox="0 0 720 100"><g transform="translate\(220, 0\)">/);
		const [, , height] = /<svg xmlns[^>]* width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
		const [, chartTop] = /class="chart-body" x="0" y="(\d+)"/.exec(svg) ?? [];
		expect(Number(height)).toBeGreaterThan(Number(chartTop) + 100);
	});

	it('shows a tag such as the illustrative sample label under the title, only when asked', () => {
		const tagged = standaloneSvg({
			body,
			width: 720,
			height: 100,
			title: 'Referrals',
			sources: [],
			marking: 'OFFICIAL',
			legend: [],
			tag: 'Illustrative sample: not published figures'
		});
		expect(tagged).toContain('<text class="tag" x="22" y="');
		expect(tagged).toContain('>Illustrative sample: not published figures</text>');
		expect(svg).not.toContain('class="tag"');
	});

	it('escapes every character XML reserves', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
	});
});
