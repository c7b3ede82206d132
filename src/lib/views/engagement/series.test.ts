import { beforeEach, describe, expect, it } from 'vitest';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { contractById } from '$lib/contracts/registry';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { embedded, embeddedRows, seriesTestDatabase } from '../series-test-database';
import { engagementSeries } from './series';

const database = seriesTestDatabase();
const load = database.load;
beforeEach(async () => {
	await load('measure-aims', embedded('measure-aims'));
});
const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));

describe('the engagement series', () => {
	it('is none for the published reports: no row of theirs covers exactly one calendar month', async () => {
		const rows = embeddedRows('engagement-events');
		const monthly = rows.filter(
			(row) =>
				row.period_start!.endsWith('-01') &&
				new Date(`${row.period_end}T00:00:00Z`).getUTCDate() === new Date(Date.UTC(Number(row.period_start!.slice(0, 4)), Number(row.period_start!.slice(5, 7)), 0)).getUTCDate() &&
				row.period_end!.slice(0, 7) === row.period_start!.slice(0, 7)
		);
		expect(monthly).toEqual([]);
		await load('engagement-events', embedded('engagement-events'));
		expect(await engagementSeries(database.db, filters(''))).toEqual([]);
	});

	it('counts each month from rows covering that month, leaving out overlapping and uncounted rows and whole-period counts', async () => {
		const row = (period_start: string, period_end: string, count: string, more: Record<string, string> = {}) => ({
			...exampleRow(contractById('engagement-events')),
			period_start,
			period_end,
			count,
			may_overlap: 'false',
			district: 'Melton',
			illustrative: 'false',
			...more
		});
		await load(
			'engagement-events',
			csvFromRows(contractById('engagement-events'), [
				row('2024-01-01', '2024-01-31', '10'),
				row('2024-01-01', '2024-01-31', '5', { engagement_type: 'patch walk' }),
				// Counted elsewhere too, so left out.
				row('2024-01-01', '2024-01-31', '7', { may_overlap: 'true' }),
				// No number given: no figure.
				row('2024-02-01', '2024-02-29', ''),
				row('2024-02-01', '2024-02-29', '8'),
				// A two-month report period cannot be split: no point.
				row('2024-03-01', '2024-04-30', '40'),
				// LLR-wide: left out when an area is chosen.
				row('2024-03-01', '2024-03-31', '3', { district: 'LLR-wide' })
			])
		);
		const [all] = await engagementSeries(database.db, filters(''));
		// January 10 + 5 = 15; February 8; March the LLR-wide 3.
		expect(all?.points.map((point) => [point.label, point.value])).toEqual([
			['January 2024', 15],
			['February 2024', 8],
			['March 2024', 3]
		]);
		expect(all?.definition).toMatchObject({ id: 'engagement-items', improvement: 'neither', valueKind: 'count' });
		expect(all?.target).toBeNull();
		const [melton] = await engagementSeries(database.db, filters('area=Melton'));
		expect(melton?.points.map((point) => point.value)).toEqual([15, 8]);
	});
});
