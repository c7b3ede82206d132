import { beforeEach, describe, expect, it } from 'vitest';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { judgeView } from '$lib/spc/judge-views';
import { embedded, embeddedRows, seriesTestDatabase } from '../series-test-database';
import { custodyVisitingView } from './definition';
import { custodyYear } from './custody-year.fixtures';
import { custodySeries } from './series';
import seriesSql from './custody-series.sql?raw';
import { rowsOf } from '$lib/database/arrow-rows';
import { queryCustodyInView, suiteCompliance } from './custody-visiting';

const database = seriesTestDatabase();
const load = database.load;
const parsed = embeddedRows;
const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));

/** The Monday of a date's week, YYYY-MM-DD (weeks run Monday to Sunday). */
function monday(date: string): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
	return day.toISOString().slice(0, 10);
}

/** Each month's share, from parts and wholes added up by month, in month order. */
function shares(rows: { month: string; part: number; whole: number }[]): [string, number][] {
	const byMonth = new Map<string, { part: number; whole: number }>();
	for (const row of rows) {
		const sum = byMonth.get(row.month) ?? { part: 0, whole: 0 };
		byMonth.set(row.month, { part: sum.part + row.part, whole: sum.whole + row.whole });
	}
	return [...byMonth]
		.filter(([, sum]) => sum.whole > 0)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([month, sum]) => [month, (100 * sum.part) / sum.whole]);
}

describe('the custody visiting series, from the embedded extracts', () => {
	beforeEach(async () => {
		await load('custody-visits', embedded('custody-visits'));
		await load('custody-suite-weeks', embedded('custody-suite-weeks'));
		await load('measure-aims', embedded('measure-aims'));
	});

	it('gives the visiting standard by month as the CSVs add up: open suite-weeks with a completed visit, of open suite-weeks', async () => {
		const visited = new Set(
			parsed('custody-visits')
				.filter((row) => row.completed === 'true')
				.map((row) => `${row.suite}|${monday(row.visit_date!)}`)
		);
		const expected = shares(
			parsed('custody-suite-weeks')
				.filter((row) => row.open === 'true')
				.map((row) => ({ month: row.week_start!.slice(0, 7), part: visited.has(`${row.suite}|${row.week_start}`) ? 1 : 0, whole: 1 }))
		);
		const [compliance] = await custodySeries(database.db, filters(''));
		expect(compliance?.definition.id).toBe('custody-visiting-compliance');
		expect(compliance?.points.map((point) => [point.period, point.value])).toEqual(expected);
		expect(compliance?.points[0]?.label).toBe('April 2023');
	});

	it('agrees with the suite table: the months add up to the same open and visited suite-weeks, in every area', async () => {
		for (const query of ['', 'area=Leicester', 'period=2023%2F24']) {
			const suites = await suiteCompliance(database.db, filters(query));
			const months = rowsOf<{ series: string; part: number; whole: number }>(await queryCustodyInView(database.db, seriesSql, filters(query))).filter(
				(row) => row.series === 'compliance'
			);
			const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
			expect(sum(months.map((row) => row.whole))).toBe(sum(suites.map((suite) => suite.suite_weeks)));
			expect(sum(months.map((row) => row.part))).toBe(sum(suites.map((suite) => suite.visited_suite_weeks)));
		}
	});

	it('gives detainees seen as a share of those offered, by the month of the visit week', async () => {
		const expected = shares(
			parsed('custody-visits')
				.filter((row) => row.completed === 'true')
				.map((row) => ({ month: monday(row.visit_date!).slice(0, 7), part: Number(row.detainees_seen), whole: Number(row.detainees_offered) }))
		);
		const seen = (await custodySeries(database.db, filters(''))).find((one) => one.definition.id === 'custody-visiting-detainees-seen');
		expect(seen?.points.map((point) => [point.period, point.value])).toEqual(expected);
	});

	it('takes the target of the visiting standard from the measures-and-aims data, and more is better', async () => {
		const aims = parsed('measure-aims');
		const [compliance, seen] = await custodySeries(database.db, filters(''));
		expect(compliance?.target).toBe(Number(aims.find((row) => row.measure_id === 'icv-compliance')?.target));
		expect(compliance?.definition.improvement).toBe('higher');
		// The plan sets no target for detainees seen.
		expect(aims.find((row) => row.measure_id === 'icv-detainees-seen')?.target).toBe('');
		expect(seen?.target).toBeNull();
	});

	it('follows the area: a suite in Leicester only, none at all in Melton', async () => {
		const leicester = await custodySeries(database.db, filters('area=Leicester'));
		const all = await custodySeries(database.db, filters(''));
		expect(leicester.length).toBe(2);
		expect(leicester[0]?.points).not.toEqual(all[0]?.points);
		expect(await custodySeries(database.db, filters('area=Melton'))).toEqual([]);
	});

	it('is judged through the view definition, and the invented figures get no verdict against the target', async () => {
		const judged = await judgeView(database.db, custodyVisitingView, filters(''));
		expect(judged.map((one) => one.illustrative)).toEqual([true, true]);
		expect(judged[0]?.analysis.assurance).toBeNull();
		expect(judged[0]?.findings.join(' ')).toMatch(/illustrative/i);
		expect(judged.every((one) => !one.noteworthy)).toBe(true);
	});
});

describe('the custody visiting series, from a real extract', () => {
	it('gives the visiting standard an assurance against its target: every open week visited for a year is consistently met', async () => {
		const year = custodyYear();
		await load('custody-suite-weeks', year.weeks);
		await load('custody-visits', year.visits);
		await load('measure-aims', embedded('measure-aims'));
		const [compliance] = await judgeView(database.db, custodyVisitingView, filters(''));
		expect(compliance?.points.every((point) => point.value === 100)).toBe(true);
		expect(compliance?.analysis.assurance).toBe('consistently-met');
		expect(compliance?.noteworthy).toBe(true);
	});
});
