import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFromRows, exampleRow, type CsvRow } from '$lib/contracts/fixtures';
import { publishedReferralTotals as publishedContract } from '$lib/contracts/published-referral-totals';
import { referrals } from '$lib/contracts/referrals';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { filtersFromUrl, type ViewFilters } from '$lib/filters/view-filters';
import { loadReferralsView, publishedReferralTotals, referralMonths, referralTotal, serviceFromParam } from './referrals';

const filters = (query: string): ViewFilters => filtersFromUrl(new URLSearchParams(query));
const month = (m: string, service: string, source: string, n: number): CsvRow => ({
	...exampleRow(referrals),
	month: m,
	service,
	referral_source: source,
	referrals: String(n)
});
const rj = 'restorative justice';

// Restorative justice: March and April 2022 (7, 8), then January to April 2023
// (10, 20, 30, 40), January split 4 police + 6 self-referral. Victim services:
// March 2023 only, 100.
const fixture = [
	month('2022-03', rj, 'police', 7),
	month('2022-04', rj, 'police', 8),
	month('2023-01', rj, 'police', 4),
	month('2023-01', rj, 'self-referral', 6),
	month('2023-02', rj, 'police', 20),
	month('2023-03', rj, 'police', 30),
	month('2023-04', rj, 'police', 40),
	month('2023-03', 'victim services', 'police', 100)
];

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

describe('referrals measures on a hand-checked fixture', () => {
	beforeEach(async () => {
		const check = await loadExtract(db, referrals, 'fixture.csv', csvFromRows(referrals, fixture));
		expect(check.problems).toEqual([]);
	});

	it('sums sources into months and gives the 3-month average only when all three months are held', async () => {
		const rows = await referralMonths(db, filters(''), rj);
		// January 2023: 4 + 6 = 10. March: (10 + 20 + 30) / 3 = 20; April: (20 + 30 + 40) / 3 = 30.
		// January and February 2023 have a gap before them; April 2022 has no February 2022: no average.
		expect(rows.map((r) => [r.month, r.referrals, r.rolling_average])).toEqual([
			['2022-03', 7, null],
			['2022-04', 8, null],
			['2023-01', 10, null],
			['2023-02', 20, null],
			['2023-03', 30, 20],
			['2023-04', 40, 30]
		]);
	});

	it('sets the same month last year beside each month, or nothing when it is not held', async () => {
		const rows = await referralMonths(db, filters(''), rj);
		// March 2023 ↔ March 2022 (7); April 2023 ↔ April 2022 (8); January 2023 has no January 2022.
		expect(rows.map((r) => [r.month, r.last_year])).toEqual([
			['2022-03', null],
			['2022-04', null],
			['2023-01', null],
			['2023-02', null],
			['2023-03', 7],
			['2023-04', 8]
		]);
	});

	it("filters by period after the averages, so a period's first month keeps its history", async () => {
		expect(await referralMonths(db, filters('period=2023-03'), rj)).toEqual([
			{ service: rj, month: '2023-03', referrals: 30, rolling_average: 20, last_year: 7, illustrative: false }
		]);
		// 2022/23 is April 2022 to March 2023: four restorative justice months, one victim services month.
		const year = await referralMonths(db, filters('period=2022%2F23'), null);
		expect(year.map((r) => [r.service, r.month])).toEqual([
			[rj, '2022-04'],
			[rj, '2023-01'],
			[rj, '2023-02'],
			[rj, '2023-03'],
			['victim services', '2023-03']
		]);
	});

	it('totals every service in the period, LLR-wide whatever area is chosen', async () => {
		// 2022/23: 8 + 10 + 20 + 30 (restorative justice) + 100 (victim services) = 168.
		expect(await referralTotal(db, filters('period=2022%2F23'))).toEqual({ referrals: 168, illustrative: false });
		expect(await referralTotal(db, filters('period=2022%2F23&area=Melton'))).toEqual({ referrals: 168, illustrative: false });
		// All: 7 + 8 + 10 + 20 + 30 + 40 + 100 = 215.
		expect((await referralTotal(db, filters(''))).referrals).toBe(215);
		expect((await referralTotal(db, filters('period=2019%2F20'))).referrals).toBe(0);
	});

	it('reads the service from the URL, and only a known one', () => {
		expect(serviceFromParam('child vulnerability')).toBe('child vulnerability');
		expect(serviceFromParam('burglary')).toBeNull();
		expect(serviceFromParam(null)).toBeNull();
	});
});

describe('referrals measures on the embedded extracts', () => {
	beforeEach(async () => {
		for (const contract of [referrals, publishedContract]) {
			const check = await loadExtract(db, contract, `${contract.id}.csv`, readFileSync(`data/${contract.id}.csv`, 'utf8'));
			expect(check.problems).toEqual([]);
		}
	});

	it('keeps the published 13,250 apart from the illustrative months', async () => {
		const published = await publishedReferralTotals(db, 'child vulnerability');
		expect(published.map((p) => [p.referrals, p.qualifier, p.source_document, p.illustrative])).toEqual([
			[13250, 'exactly', 'plan-response-2017', false],
			[13000, 'more than', 'police-and-crime-plan-2017', false]
		]);
		expect(await publishedReferralTotals(db, 'victim services')).toEqual([]);
		const view = await loadReferralsView(db, filters(''), null);
		expect(view.span).toEqual({ first: '2022-04-01', last: '2025-03-31' });
		// 36 months × 4 services, every one marked as the illustrative sample.
		expect(view.months).toHaveLength(144);
		expect(view.months.every((m) => m.illustrative)).toBe(true);
		expect(view.citations.every((c) => c.source_document === 'illustrative-sample')).toBe(true);
	});
});
