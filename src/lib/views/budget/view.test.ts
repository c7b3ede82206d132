import { describe, expect, it, vi } from 'vitest';
import { formatMillions, formatPercent } from '$lib/format/uk';
import { loadBudgetView } from './budget-view';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, renderedView, tableRows, textOf } from '../view-test-render';
import BudgetView from './BudgetView.svelte';
import { budgetView } from './definition';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/budget'), route: { id: '/budget' } } }));

// The latest year in the extract, its lines in the order printed, worked out from the CSV itself.
const rows = embeddedRows('budget-split');
const year = [...new Set(rows.map((row) => row.financial_year ?? ''))].sort().at(-1) ?? '';
const lines = rows.filter((row) => row.financial_year === year).sort((a, b) => Number(a.display_order) - Number(b.display_order));
const total = lines.find((row) => row.line_type === 'total');

describe('the budget view, drawn from the build-time figures on the embedded extract', async () => {
	const initial = await embeddedFigures(budgetView, (db) => loadBudgetView(db, null));
	const html = initial ? renderedView(budgetView, BudgetView, { initial }) : '';

	it('has figures: the embedded extract passes its contract', () => {
		expect(initial?.year).toBe(year);
		expect(total).toBeDefined();
	});

	it('says the year and the total in its summary', () => {
		expect(textOf(html, /<p class="summary"[^>]*>/)).toMatch(
			new RegExp(`^In ${year} the net budget requirement was ${formatMillions(Number(total?.amount_gbp_m)).replace(/[£.]/g, '\\$&')}\\.`)
		);
	});

	it('draws one bar per line in its chart, labelled with its amount and share', () => {
		const bars = [...html.matchAll(/<g data-bar="([^"]+)">[\s\S]*?class="value-label"[^>]*>([^<]*)<\/text><\/g>/g)].map((bar) => [bar[1], bar[2]]);
		expect(bars).toEqual(
			lines.filter((row) => row.line_type === 'line').map((row) => [row.line_code, `${formatMillions(Number(row.amount_gbp_m))} (${formatPercent(Number(row.percent_of_total))})`])
		);
	});

	it("draws each line's bar as its share of the total, on an axis that ends at 100% (parts of one whole)", () => {
		const hundred = Number(/<text class="tick" x="([\d.]+)"[^>]*>100%<\/text>/.exec(html)?.[1]);
		expect(hundred).toBeGreaterThan(0);
		const drawn = lines.filter((row) => row.line_type === 'line');
		expect(drawn.length).toBeGreaterThan(1);
		for (const row of drawn) {
			const width = Number(new RegExp(`<g data-bar="${row.line_code}">[\\s\\S]*?<rect [^>]*width="([\\d.]+)"`).exec(html)?.[1]);
			expect(width / hundred, row.line_code).toBeCloseTo(Number(row.amount_gbp_m) / Number(total?.amount_gbp_m), 3);
		}
	});

	it('tables every line, subtotal and total as printed, with amount and share', () => {
		const table = tableRows(html, 'budget-table').slice(1);
		expect(table.map((cells) => cells.slice(0, 3))).toEqual(
			lines.map((row) => [row.line_name, formatMillions(Number(row.amount_gbp_m)), formatPercent(Number(row.percent_of_total))])
		);
	});
});
