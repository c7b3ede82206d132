import { describe, expect, it, vi } from 'vitest';
import { formatCount, formatDate } from '$lib/format/uk';
import { countedText } from './engagement-labels';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, renderedView, tableRows, textOf } from '../view-test-render';
import { engagementView } from './definition';
import EngagementView from './EngagementView.svelte';
import { engagementFigures } from './figures';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/engagement'), route: { id: '/engagement' } } }));

// Each report (its paper, over the span of its items) and what it counts: the items with a number that may not
// overlap another count, from the CSV itself.
const items = embeddedRows('engagement-events');
const counted = items.filter((row) => row.may_overlap === 'false' && row.count !== '');
const countIn = (rows: typeof items) => rows.reduce((sum, row) => sum + Number(row.count), 0);
const reports = [...new Set(items.map((row) => row.source_document ?? ''))]
	.map((source) => {
		const rows = items.filter((row) => row.source_document === source);
		return {
			rows,
			start: rows.map((row) => row.period_start ?? '').sort()[0] ?? '',
			end:
				rows
					.map((row) => row.period_end ?? '')
					.sort()
					.at(-1) ?? ''
		};
	})
	.sort((a, b) => a.start.localeCompare(b.start));

describe('the engagement view, drawn from the build-time figures on the embedded extract', async () => {
	const initial = await embeddedFigures(engagementView, engagementFigures);
	const html = initial ? renderedView(engagementView, EngagementView, { initial }) : '';
	const summary = textOf(html, /<p class="summary"[^>]*>/);

	it('counts every report and each one in its summary, without double counting', () => {
		expect(reports.length).toBeGreaterThan(1);
		expect(summary).toContain(`the Commissioner's reports to the Panel count ${formatCount(countIn(counted))} items of engagement, without double counting.`);
		for (const report of reports) {
			const inReport = report.rows.filter((row) => row.may_overlap === 'false' && row.count !== '');
			expect(summary).toContain(`The report for ${formatDate(report.start)} to ${formatDate(report.end)} counts ${formatCount(countIn(inReport))}`);
		}
	});

	it('says its reports are not a monthly series, so there is no chart of variation', () => {
		expect(html).toContain('data-testid="no-series"');
	});

	it('tables each type of the first report: counted, and the counts that may overlap, not added', () => {
		const inReport = reports[0]?.rows ?? [];
		const types = [...new Set(inReport.map((row) => row.engagement_type ?? ''))];
		const expected = types.map((type) => {
			const ofType = inReport.filter((row) => row.engagement_type === type);
			const added = countIn(ofType.filter((row) => row.may_overlap === 'false' && row.count !== ''));
			const overlapping = countIn(ofType.filter((row) => row.may_overlap === 'true' && row.count !== ''));
			const unnumbered = ofType.filter((row) => row.count === '').length;
			return [`${type.charAt(0).toUpperCase()}${type.slice(1)}`, countedText(added, overlapping, unnumbered), formatCount(overlapping)];
		});
		const table = tableRows(html, 'engagement-by-type').slice(1);
		expect(expected.length).toBeGreaterThan(1);
		expect(
			table
				.slice(0, expected.length)
				.map((cells) => cells.slice(0, 3))
				.sort()
		).toEqual(expected.sort());
	});
});
