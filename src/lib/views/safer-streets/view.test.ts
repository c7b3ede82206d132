import { describe, expect, it, vi } from 'vitest';
import { formatPercent, formatPounds } from '$lib/format/uk';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, plainText, renderedView, tableRows, textOf } from '../view-test-render';
import { saferStreetsView } from './definition';
import { saferStreetsFigures } from './figures';
import SaferStreetsView from './SaferStreetsView.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/safer-streets'), route: { id: '/safer-streets' } } }));

// The award, its bids, and allocation and spend by quarter, from the CSVs themselves (in pence, to add exactly).
const awards = embeddedRows('safer-streets-awards');
const total = awards.find((row) => row.row_type === 'total');
const bids = awards.filter((row) => row.row_type === 'bid').sort((a, b) => Number(a.display_order) - Number(b.display_order));
const spend = embeddedRows('safer-streets');
const pence = (value: string | undefined) => Math.round(Number(value) * 100);
const pounds = (inPence: number) => formatPounds(Math.round(inPence / 100));
const quarters = [...new Set(spend.map((row) => `${row.financial_year} Q${row.quarter}`))].sort();
const allocated = spend.reduce((sum, row) => sum + pence(row.allocated_gbp), 0);
const spent = spend.reduce((sum, row) => sum + pence(row.spent_gbp), 0);

describe('the Safer Streets view, drawn from the build-time figures on the embedded extracts', async () => {
	const initial = await embeddedFigures(saferStreetsView, (db, filters) => saferStreetsFigures(db, filters));
	const html = initial ? renderedView(saferStreetsView, SaferStreetsView, { initial }) : '';
	const summary = textOf(html, /<p class="summary"[^>]*>/);

	it('gives the award, each bid, and spend against allocation in its summary', () => {
		expect(bids.length).toBeGreaterThan(1);
		const bidWords = bids.map((bid) => `${bid.bid} ${pounds(pence(bid.award_gbp))}`);
		expect(summary).toContain(
			`LLR was awarded ${pounds(pence(total?.award_gbp))} from the Safer Streets Fund over both funding years, in ${bids.length} bids: ${bidWords.slice(0, -1).join(', ')} and ${bidWords.at(-1)}.`
		);
		expect(summary).toContain(
			`${pounds(spent)} of the ${pounds(allocated)} allocated across all quarters recorded was spent (${formatPercent(Math.round((1000 * spent) / allocated) / 10)}).`
		);
	});

	it("opens with spend against profile as an XmR chart, illustrative so with no verdict, and no targeted crimes' charts with no police.uk file", () => {
		const headings = [...html.matchAll(/<h2 id="series-[^"]*-heading">([^<]*)<\/h2>/g)].map((match) => plainText(match[1] ?? ''));
		expect(headings).toEqual(['Safer Streets spend against profile: illustrative sample, no signal or verdict given']);
		expect(html).not.toContain('data-testid="targeted-crimes"');
	});

	it('says no police.uk file is loaded for the before-and-after comparison, as the live view will, not a loading panel', () => {
		const comparison = html.slice(html.indexOf('data-testid="before-after"'));
		expect(comparison).toContain('data-testid="before-after-empty"');
		expect(comparison).not.toContain('data-testid="loading"');
	});

	it('tables allocation and spend by quarter, in the quarter and cumulative', () => {
		let allocatedSoFar = 0;
		let spentSoFar = 0;
		const expected = quarters.map((quarter) => {
			const rows = spend.filter((row) => `${row.financial_year} Q${row.quarter}` === quarter);
			const inAllocated = rows.reduce((sum, row) => sum + pence(row.allocated_gbp), 0);
			const inSpent = rows.reduce((sum, row) => sum + pence(row.spent_gbp), 0);
			allocatedSoFar += inAllocated;
			spentSoFar += inSpent;
			return [quarter, pounds(inAllocated), pounds(inSpent), pounds(allocatedSoFar), pounds(spentSoFar), formatPercent(Math.round((1000 * spentSoFar) / allocatedSoFar) / 10)];
		});
		expect(tableRows(html, 'spend-table').slice(1, quarters.length + 1)).toEqual(expected);
	});
});
