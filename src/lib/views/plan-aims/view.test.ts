import { describe, expect, it, vi } from 'vitest';
import { formatCount, formatPercent } from '$lib/format/uk';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, plainText, renderedView, tableRows, textOf } from '../view-test-render';
import { planAimsView } from './definition';
import { planAimsFigures } from './figures';
import PlanAimsView from './PlanAimsView.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/plan-aims'), route: { id: '/plan-aims' } } }));

// The plan's aims by theme, and which measures evidence which aims (and which have a target), from the CSVs themselves.
const aims = embeddedRows('plan-aims');
const links = embeddedRows('measure-aims');
const themes = [...new Set(aims.map((aim) => aim.theme ?? ''))];
const measures = new Set(links.map((link) => link.measure_id));
const evidenced = new Set(links.map((link) => link.aim_id));
const targeted = new Set(links.filter((link) => link.target !== '').map((link) => link.measure_id));

describe('the plan aims view, drawn from the build-time figures on the embedded extracts', async () => {
	const initial = await embeddedFigures(planAimsView, planAimsFigures);
	const html = initial ? renderedView(planAimsView, PlanAimsView, { initial }) : '';
	const summary = textOf(html, /<p class="summary"[^>]*>/);

	it('counts the aims, themes and measures in its summary, with no verdict on illustrative figures', () => {
		const withMeasure = aims.filter((aim) => evidenced.has(aim.aim_id)).length;
		expect(summary).toContain(`The Police and Crime Plan sets ${formatCount(aims.length)} aims under ${formatCount(themes.length)} themes.`);
		expect(summary).toContain(
			`${formatCount(measures.size)} measures evidence ${formatCount(withMeasure)} of them; ${formatCount(aims.length - withMeasure)} aims have no measure yet.`
		);
		expect(summary).toContain(`${formatCount(targeted.size)} measures have a target`);
		expect(summary).toContain(`The other ${formatCount(measures.size - targeted.size)} measures have no target set.`);
	});

	it('tables each theme: its aims, those evidenced and their share, its measures and those with a target', () => {
		const expected = themes.map((theme) => {
			const ofTheme = aims.filter((aim) => aim.theme === theme);
			const ids = new Set(ofTheme.map((aim) => aim.aim_id));
			const shown = ofTheme.filter((aim) => evidenced.has(aim.aim_id)).length;
			const itsMeasures = new Set(links.filter((link) => ids.has(link.aim_id)).map((link) => link.measure_id));
			return [
				theme,
				formatCount(ofTheme.length),
				formatCount(shown),
				formatPercent(Math.round((1000 * shown) / ofTheme.length) / 10),
				formatCount(itsMeasures.size),
				formatCount([...itsMeasures].filter((id) => targeted.has(id)).length)
			];
		});
		expect(
			tableRows(html, 'plan-aims-table')
				.slice(1)
				.map((cells) => cells.slice(0, 6))
		).toEqual(expected);
	});

	it('draws each theme as a bar of the share of its aims evidenced', () => {
		const bars = [...html.matchAll(/<g data-bar="[^"]*">[\s\S]*?class="value-label"[^>]*>([^<]*)<\/text><\/g>/g)].map((bar) => plainText(bar[1] ?? ''));
		expect(bars).toHaveLength(themes.length);
	});

	it("draws each theme's bar in proportion to the share of its aims evidenced, labelled with its counts", () => {
		const shares = themes.map((theme) => {
			const ofTheme = aims.filter((aim) => aim.theme === theme);
			return { theme, aims: ofTheme.length, evidenced: ofTheme.filter((aim) => evidenced.has(aim.aim_id)).length };
		});
		// Themes of different sizes, so a bar drawn from counts rather than shares would fail.
		expect(new Set(shares.map((row) => row.aims)).size).toBeGreaterThan(1);
		const bar = (theme: string) => new RegExp(`<g data-bar="${theme}">([\\s\\S]*?)</g>`).exec(html)?.[1] ?? '';
		const widths = shares.map((row) => Number(/<rect [^>]*width="([\d.]+)"/.exec(bar(row.theme))?.[1]));
		const share = (row: (typeof shares)[number]) => row.evidenced / row.aims;
		const widest = shares.reduce((best, row, index) => (share(row) > share(shares[best]!) ? index : best), 0);
		shares.forEach((row, index) => {
			expect(widths[index]! / widths[widest]!, row.theme).toBeCloseTo(share(row) / share(shares[widest]!), 3);
			expect(plainText(bar(row.theme))).toContain(`${row.evidenced} of ${row.aims} aims`);
		});
	});

	it("lists every aim under its theme, each in the plan's words", () => {
		for (const aim of aims) expect(plainText(html)).toContain(`${aim.aim_id} My aim is to: ${plainText(aim.aim_text ?? '')}`);
	});
});
