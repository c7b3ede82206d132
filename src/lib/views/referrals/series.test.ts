import { beforeEach, describe, expect, it } from 'vitest';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { contractById } from '$lib/contracts/registry';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { judgeView } from '$lib/spc/judge-views';
import { embedded, embeddedRows, seriesTestDatabase } from '../series-test-database';
import { referralsView } from './definition';
import { referralsSeries } from './series';

const database = seriesTestDatabase();
const load = database.load;
const parsed = embeddedRows;
const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));

describe('the referrals series, from the embedded extract', () => {
	beforeEach(async () => {
		await load('referrals', embedded('referrals'));
		await load('measure-aims', embedded('measure-aims'));
	});

	it('gives one series per service, each month the sum of its sources, as the CSV adds up', async () => {
		const rows = parsed('referrals');
		const series = await referralsSeries(database.db, filters(''));
		const services = [...new Set(rows.map((row) => row.service))];
		expect(series.map((s) => s.definition.id).sort()).toEqual(services.map((service) => `referrals-${service!.replaceAll(' ', '-')}`).sort());
		for (const one of series) {
			const service = rows.filter((row) => `referrals-${row.service!.replaceAll(' ', '-')}` === one.definition.id);
			const months = [...new Set(service.map((row) => row.month!))].sort();
			expect(one.points.map((point) => point.period)).toEqual(months);
			expect(one.points.map((point) => point.value)).toEqual(
				months.map((month) => service.filter((row) => row.month === month).reduce((sum, row) => sum + Number(row.referrals), 0))
			);
			expect(one.illustrative).toBe(service.some((row) => row.illustrative === 'true'));
			expect(one.citations.map((c) => c.source_document)).toEqual([...new Set(service.map((row) => row.source_document))]);
		}
	});

	it('takes its direction and target from the plan: referral volumes have neither', async () => {
		const aims = parsed('measure-aims').filter((row) => row.measure_id === 'referrals-volume');
		const [first] = await referralsSeries(database.db, filters(''));
		expect(first?.definition).toMatchObject({ measureId: 'referrals-volume', unit: 'month', improvement: 'neither', valueKind: 'count' });
		expect(first?.target).toBe(aims[0]?.target ? Number(aims[0].target) : null);
	});

	it('keeps to the chosen period: a financial year is its twelve months', async () => {
		const series = await referralsSeries(database.db, filters('period=2023%2F24'));
		for (const one of series) {
			expect(one.points.map((point) => point.period)).toEqual([
				'2023-04',
				'2023-05',
				'2023-06',
				'2023-07',
				'2023-08',
				'2023-09',
				'2023-10',
				'2023-11',
				'2023-12',
				'2024-01',
				'2024-02',
				'2024-03'
			]);
			expect(one.points[0]?.label).toBe('April 2023');
		}
	});

	it('is judged through the view definition, and the invented figures get no signal', async () => {
		const judged = await judgeView(database.db, referralsView, filters(''));
		expect(judged.length).toBe(4);
		for (const one of judged) {
			expect(one.illustrative).toBe(true);
			expect(one.noteworthy).toBe(false);
			expect(one.analysis.points.every((point) => point.variation === 'common')).toBe(true);
			expect(one.headline).toMatch(/illustrative sample/);
		}
	});
});

describe('the referrals series, from an uploaded extract', () => {
	// Victim services: eleven steady months, then one far above them: a point beyond the upper limit.
	const victim = [100, 104, 98, 101, 99, 103, 97, 102, 100, 98, 101, 180];
	const rows = victim.map((value, index) => ({
		...exampleRow(contractById('referrals')),
		month: `2023-${String(index + 1).padStart(2, '0')}`,
		service: 'victim services',
		referral_source: 'police',
		referrals: String(value),
		source_document: 'uploaded: referrals.csv',
		source_ref: 'SHA-256 ab; loaded 2024-01-01',
		illustrative: 'false'
	}));

	it('marks the month far above the others as a signal, neither better nor worse', async () => {
		await load('referrals', csvFromRows(contractById('referrals'), rows));
		await load('measure-aims', embedded('measure-aims'));
		const [judged] = await judgeView(database.db, referralsView, filters(''));
		expect(judged?.definition.id).toBe('referrals-victim-services');
		expect(judged?.illustrative).toBe(false);
		expect(judged?.analysis.points.at(-1)?.variation).toBe('neither');
		expect(judged?.findings[0]).toMatch(/^December 2023: 180, .* beyond the upper process limit/);
		expect(judged?.noteworthy).toBe(true);
	});
});
