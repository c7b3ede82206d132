import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractById } from '$lib/contracts/registry';
import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { filtersFromUrl } from '$lib/filters/view-filters';
import Papa from 'papaparse';
import { complianceStatus } from '$lib/views/custody-visiting/custody-bars';
import { custodySummary } from '$lib/views/custody-visiting/custody-summary';
import { loadCustodyView } from '../custody-visiting/custody-visiting';
import { planAimRows } from './plan-aims';
import { loadPlanAimsView } from './load-view';
import { comparable, measureEvaluators } from './plan-measures';

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

async function load(id: string, text: string) {
	const check = await loadExtract(db, contractById(id), `${id}.csv`, text);
	expect(check.problems).toEqual([]);
}
const embedded = (id: string) => readFileSync(`data/${id}.csv`, 'utf8');

describe('plan aims and their measures', () => {
	it('lists every aim of the five themes, with or without a measure', async () => {
		await load('plan-aims', embedded('plan-aims'));
		await load('measure-aims', embedded('measure-aims'));
		const rows = await planAimRows(db);
		const themes = [...new Set(rows.map((row) => row.theme))];
		expect(themes).toEqual(['Viable Partnerships', 'Visible Policing', 'Victim Services', 'Vulnerability Protection', 'Value for Money']);
		expect(new Set(rows.map((row) => row.aim_id)).size).toBe(24);
		const icv = rows.filter((row) => row.measure_id === 'icv-compliance');
		expect(icv.map((row) => [row.aim_id, row.target, row.target_direction])).toEqual([
			['VP4', 100, 'at least'],
			['VUL1', 100, 'at least']
		]);
	});
});

describe('custody visiting compliance for the plan-aims status', () => {
	const week = (suite: string, role: string, week_start: string, open = 'true') => ({
		...exampleRow(contractById('custody-suite-weeks')),
		suite,
		suite_role: role,
		week_start,
		open
	});
	const visit = (visit_id: string, suite: string, visit_date: string, completed = 'true') => ({
		...exampleRow(contractById('custody-visits')),
		visit_id,
		suite,
		visit_date,
		scheduled: 'true',
		completed
	});

	beforeEach(async () => {
		// Two primary suites for three weeks, and the standby suite open in week 2 only.
		// Beaumont Leys visited every week; Euston Street misses week 3 (its visit was not completed);
		// Wigston open in week 2, not visited. Open suite-weeks: 3 + 3 + 1 = 7; visited: 3 + 2 = 5.
		const weeks = ['2024-01-01', '2024-01-08', '2024-01-15'];
		await load(
			'custody-suite-weeks',
			csvFromRows(contractById('custody-suite-weeks'), [
				...weeks.map((w) => week('Beaumont Leys', 'primary', w)),
				...weeks.map((w) => week('Euston Street', 'primary', w)),
				week('Wigston', 'standby', '2024-01-01', 'false'),
				week('Wigston', 'standby', '2024-01-08', 'true'),
				week('Wigston', 'standby', '2024-01-15', 'false')
			])
		);
		await load(
			'custody-visits',
			csvFromRows(contractById('custody-visits'), [
				visit('V1', 'Beaumont Leys', '2024-01-02'),
				visit('V2', 'Beaumont Leys', '2024-01-10'),
				visit('V3', 'Beaumont Leys', '2024-01-21'),
				visit('V4', 'Euston Street', '2024-01-03'),
				visit('V5', 'Euston Street', '2024-01-09'),
				visit('V6', 'Euston Street', '2024-01-16', 'false')
			])
		);
	});

	it('counts open suite-weeks with a completed visit: 5 of 7', async () => {
		const value = await measureEvaluators['icv-compliance']!(db, filtersFromUrl(new URLSearchParams()));
		expect(value).toMatchObject({ numerator: 5, denominator: 7 });
		expect(comparable(value)).toBeCloseTo(71.43, 2);
	});

	it('judges compliance against the target in the measures-and-aims data, on the plan aims and the custody view alike', async () => {
		// Every dataset the plan aims page loads, as it loads them.
		await load('plan-aims', embedded('plan-aims'));
		await load('safer-streets', embedded('safer-streets'));
		const filters = filtersFromUrl(new URLSearchParams('period=2024-01'));
		const bothPages = async () => {
			const [plan, custody] = await Promise.all([loadPlanAimsView(db, filters), loadCustodyView(db, filters)]);
			const summary = custodySummary({
				periodText: 'January 2024',
				area: null,
				suitesInArea: custody.suitesInArea,
				compliance: custody.compliance,
				missed: [],
				totals: custody.totals,
				illustrative: false,
				target: custody.targets.compliance
			});
			return { planAims: plan.results.get('icv-compliance')?.status, custody: complianceStatus(custody.compliance.percent, custody.targets.compliance), summary };
		};
		const published = Papa.parse<Record<string, string>>(embedded('measure-aims'), { header: true, skipEmptyLines: true }).data;
		const target = Number(published.find((row) => row.measure_id === 'icv-compliance')?.target);
		// 5 of 7 suite-weeks (71.4%) against the published target, which is above it.
		await load('measure-aims', embedded('measure-aims'));
		const before = await bothPages();
		expect(target).toBeGreaterThan((100 * 5) / 7);
		expect(before).toMatchObject({ planAims: 'Not met', custody: 'Not met' });
		expect(before.summary).toContain(`(target ${target}%): Not met.`);
		// An uploaded measures-and-aims file with a target of 70% changes both pages, alike.
		const uploaded = published.map((row) => (row.measure_id === 'icv-compliance' ? { ...row, target: '70' } : row));
		await load('measure-aims', csvFromRows(contractById('measure-aims'), uploaded));
		const after = await bothPages();
		expect(after).toMatchObject({ planAims: 'Met', custody: 'Met' });
		expect(after.summary).toContain('(target 70%): Met.');
	});

	it('honours the area: Oadby and Wigston has only the standby suite, open once, not visited', async () => {
		const value = await measureEvaluators['icv-compliance']!(db, filtersFromUrl(new URLSearchParams('area=Oadby+and+Wigston')));
		expect(value).toMatchObject({ numerator: 0, denominator: 1 });
	});

	it('honours the period: January 2024 holds all three weeks; October to December 2023 none', async () => {
		const empty = await measureEvaluators['icv-compliance']!(db, filtersFromUrl(new URLSearchParams('period=2023%2F24-Q3')));
		expect(empty).toMatchObject({ numerator: 0, denominator: 0 });
		expect(comparable(empty)).toBeNull();
		const filters = filtersFromUrl(new URLSearchParams('period=2024-01'));
		const all = await measureEvaluators['icv-compliance']!(db, filters);
		expect(all).toMatchObject({ numerator: 5, denominator: 7 });
		const scheduled = await measureEvaluators['icv-scheduled-completion']!(db, filters);
		// Six scheduled visits, five completed.
		expect(scheduled).toMatchObject({ numerator: 5, denominator: 6 });
	});
});

describe('Safer Streets outputs for the plan-aims status', () => {
	it('sums one output cumulatively to the end of the period, in the area', async () => {
		const rows = [
			// 2023/24 Q4 starts 1 January 2024; 2024/25 Q1 starts 1 April 2024.
			{ ...exampleRow(contractById('safer-streets')), district: 'Melton', financial_year: '2023/24', quarter: '4', output_measure: 'homes target-hardened', output_count: '40' },
			{ ...exampleRow(contractById('safer-streets')), district: 'Melton', financial_year: '2024/25', quarter: '1', output_measure: 'homes target-hardened', output_count: '63' },
			{ ...exampleRow(contractById('safer-streets')), district: 'Melton', financial_year: '2024/25', quarter: '1', output_measure: 'cameras installed', output_count: '5' }
		];
		await load('safer-streets', csvFromRows(contractById('safer-streets'), rows));
		const evaluate = measureEvaluators['safer-streets-homes-melton']!;
		// All periods: 40 + 63 = 103, a count with no denominator.
		expect(await evaluate(db, filtersFromUrl(new URLSearchParams()))).toMatchObject({ numerator: 103, denominator: null });
		// Cumulative to the end of the period: to March 2024 only the 40 of 2023/24 Q4.
		expect(await evaluate(db, filtersFromUrl(new URLSearchParams('period=2023%2F24')))).toMatchObject({ numerator: 40 });
		// 2024/25 Q1 includes what came before: 40 + 63.
		expect(await evaluate(db, filtersFromUrl(new URLSearchParams('period=2024%2F25-Q1')))).toMatchObject({ numerator: 103 });
		expect(await evaluate(db, filtersFromUrl(new URLSearchParams('area=Rutland')))).toMatchObject({ numerator: 0 });
		// February 2024 falls in 2023/24 Q4: that quarter counts, as on the Safer Streets view.
		expect(await evaluate(db, filtersFromUrl(new URLSearchParams('period=2024-02')))).toMatchObject({ numerator: 40 });
	});
});
