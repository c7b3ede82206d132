import { describe, expect, it, vi } from 'vitest';
import { formatCount, formatPercent } from '$lib/format/uk';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, plainText, renderedView, tableRows, textOf } from '../view-test-render';
import CustodyView from './CustodyView.svelte';
import { custodyVisitingView } from './definition';
import { custodyFigures } from './figures';
import { dotAxisStart } from '$lib/charts/dot-layout';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/custody-visiting'), route: { id: '/custody-visiting' } } }));

// Each open suite-week, and whether a completed visit fell in it, worked out from the two CSVs themselves.
const visits = embeddedRows('custody-visits');
const openWeeks = embeddedRows('custody-suite-weeks').filter((row) => row.open === 'true');
const weekEnd = (start: string) => new Date(Date.parse(`${start}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
const visited = (week: (typeof openWeeks)[number]) =>
	visits.some(
		(visit) =>
			visit.completed === 'true' && visit.suite === week.suite && (visit.visit_date ?? '') >= (week.week_start ?? '') && (visit.visit_date ?? '') < weekEnd(week.week_start ?? '')
	);
const suites = [...new Set(openWeeks.map((week) => week.suite ?? ''))];
const percent = (part: number, whole: number) => formatPercent(Math.round((1000 * part) / whole) / 10);
const allVisited = openWeeks.filter(visited).length;
const scheduled = visits.filter((visit) => visit.scheduled === 'true');
const scheduledDone = scheduled.filter((visit) => visit.completed === 'true').length;
const extra = visits.filter((visit) => visit.scheduled === 'false' && visit.completed === 'true').length;

describe('the custody visiting view, drawn from the build-time figures on the embedded extracts', async () => {
	const initial = await embeddedFigures(custodyVisitingView, custodyFigures);
	const html = initial ? renderedView(custodyVisitingView, CustodyView, { initial }) : '';
	const summary = textOf(html, /<p class="summary"[^>]*>/);

	it('gives the suite-weeks visited and the scheduled visits completed in its summary, with no verdict on illustrative figures', () => {
		expect(summary).toContain(
			`${formatCount(allVisited)} of ${formatCount(openWeeks.length)} open custody suite-weeks (${percent(allVisited, openWeeks.length)}) had at least one completed independent custody visit`
		);
		expect(summary).toContain('illustrative, no verdict');
		expect(summary).toContain(
			`${formatCount(scheduledDone)} of ${formatCount(scheduled.length)} scheduled visits were completed (${percent(scheduledDone, scheduled.length)}), and ${formatCount(extra)} more visits were made in addition to the rota.`
		);
	});

	it('opens with its month-by-month XmR charts, the illustrative ones without a signal', () => {
		const headings = [...html.matchAll(/<h3 id="series-[^"]*-heading">([^<]*)<\/h3>/g)].map((match) => plainText(match[1] ?? ''));
		expect(headings.length).toBe(initial?.judged.length);
		expect(headings[0]).toBe('Open suite-weeks with a completed visit: illustrative sample, no signal or verdict given');
	});

	it('tables every suite: weeks open, visited, missed and the share visited, then all open suites', () => {
		const expected = suites.map((suite) => {
			const weeks = openWeeks.filter((week) => week.suite === suite);
			const hit = weeks.filter(visited).length;
			return [suite, formatCount(weeks.length), formatCount(hit), formatCount(weeks.length - hit), percent(hit, weeks.length)];
		});
		expected.push(['All open suites', formatCount(openWeeks.length), formatCount(allVisited), formatCount(openWeeks.length - allVisited), percent(allVisited, openWeeks.length)]);
		const table = tableRows(html, 'compliance-table').slice(1);
		expect(table.map((cells) => [cells[0], ...cells.slice(2, 6)]).sort()).toEqual(expected.sort());
	});

	it('draws the suites as a dot plot: its axis starts near them, with a break said in words, the target a line, each dot labelled', () => {
		expect(html).toContain('id="custody-chart');
		const chart = html.slice(html.indexOf('id="custody-chart'), html.indexOf('</svg>', html.indexOf('id="custody-chart')));
		const shares = suites.map((suite) => {
			const weeks = openWeeks.filter((week) => week.suite === suite);
			return Math.round((1000 * weeks.filter(visited).length) / weeks.length) / 10;
		});
		// The suites sit close to 100%, so the axis starts nearer them, as their shares give it.
		const start = dotAxisStart(shares, 100);
		expect(start).toBeGreaterThan(0);
		expect([...chart.matchAll(/<circle /g)]).toHaveLength(suites.length);
		expect([...chart.matchAll(/data-axis-break/g)]).toHaveLength(1);
		expect(plainText(chart)).toContain(`The axis starts at ${start}%, not at 0%.`);
		expect(textOf(chart, /<desc[^>]*>/)).toContain(`The axis starts at ${start}%, not at 0%.`);
		expect(plainText(chart)).toContain('Target 100%');
		const labels = [...chart.matchAll(/class="value-label"[^>]*>([^<]*)</g)].map((label) => label[1] ?? '');
		for (const share of shares)
			expect(
				labels.some((label) => label.startsWith(`${share.toFixed(1)}% (`)),
				`${share}`
			).toBe(true);
	});
});
