import { beforeEach, describe, expect, it } from 'vitest';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { measureStatus } from '$lib/measures/measure-status';
import { loadPlanAimsView } from './load-view';
import { comparable } from './plan-measures';
import { custodyYear } from '../custody-visiting/custody-year.fixtures';
import { judgeViews } from '$lib/spc/judge-views';
import { embedded, embeddedRows, seriesTestDatabase } from '../series-test-database';
import { planAimsView } from './definition';
import { planSeriesViews } from './plan-series';
import { views } from '../registry';

const database = seriesTestDatabase();
const load = database.load;
const filters = (query: string) => filtersFromUrl(new URLSearchParams(query));
const targetOf = (id: string) => Number(embeddedRows('measure-aims').find((row) => row.measure_id === id)?.target);

/** The plan aims page's figures as it computes them: the views' own judgement, then the measures. */
const planAims = async (query: string) => loadPlanAimsView(database.db, filters(query), await judgeViews(database.db, planSeriesViews, filters(query)));

describe('the plan aims, judged by series where a measure has one', () => {
	it('reads series from every registered view, and only those, with series whose data the plan aims page loads: custody visiting', () => {
		const qualifying = views.filter((view) => view.series !== undefined && view.loads.every((dataset) => planAimsView.loads.includes(dataset)));
		expect(planSeriesViews.map((view) => view.id)).toEqual(qualifying.map((view) => view.id));
		expect(planSeriesViews.map((view) => view.id)).toEqual(['custody-visiting']);
	});

	describe('with the embedded (illustrative) custody extracts', () => {
		beforeEach(async () => {
			for (const id of planAimsView.loads) await load(id, embedded(id));
		});

		it('gives the visiting standard, a series of invented figures, no verdict and says why', async () => {
			const result = (await planAims('')).results.get('icv-compliance');
			expect(result?.series?.definition.id).toBe('custody-visiting-compliance');
			expect(result?.status).toBe('Illustrative, no verdict');
			expect(result?.series?.analysis.assuranceNote).toMatch(/illustrative figures/);
		});

		it('keeps a plain comparison for scheduled visits, a single figure with no series', async () => {
			const result = (await planAims('')).results.get('icv-scheduled-completion');
			expect(result?.series).toBeNull();
			expect(result?.status).toBe(measureStatus(comparable(result!.value!), targetOf('icv-scheduled-completion'), 'at least', result!.value!.illustrative));
		});
	});

	describe('with a real custody extract', () => {
		async function loadWeeks(missed: (index: number) => boolean) {
			const year = custodyYear(missed);
			for (const id of ['plan-aims', 'measure-aims', 'safer-streets']) await load(id, embedded(id));
			await load('custody-suite-weeks', year.weeks);
			await load('custody-visits', year.visits);
		}

		it('is consistently met when every open week of the year was visited, though the target is 100%', async () => {
			await loadWeeks(() => false);
			const result = (await planAims('period=2023%2F24')).results.get('icv-compliance');
			expect(result?.series?.points).toHaveLength(12);
			expect(result?.status).toBe('Consistently met');
		});

		it('is consistently missed when weeks are missed every month, and Not met would have said less', async () => {
			// The first week of every month missed: each month 75% or 80%, the limits well below 100%.
			await loadWeeks((index) => new Date(Date.UTC(2023, 3, 3 + 7 * index)).getUTCDate() <= 7);
			const result = (await planAims('period=2023%2F24')).results.get('icv-compliance');
			expect(result?.series?.analysis.segments[0]?.limits?.upperProcessLimit).toBeLessThan(targetOf('icv-compliance'));
			expect(result?.status).toBe('Consistently missed');
		});

		it('has no assurance yet for a quarter: three months are too few for limits', async () => {
			await loadWeeks(() => false);
			const result = (await planAims('period=2023%2F24-Q1')).results.get('icv-compliance');
			expect(result?.series?.points).toHaveLength(3);
			expect(result?.status).toBe('No assurance yet');
			expect(result?.series?.analysis.assuranceNote).toMatch(/too few points/);
		});
	});
});
