import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { illustrativeSampleId, sourceDocuments } from '$lib/sources/source-register';
import { checkCsv } from '$lib/validation/check-csv';
import { completedVisitOnly } from './custody-visits';
import { isValidValue } from '$lib/validation/check-value';
import { provenanceColumns } from './contract';
import { newContracts } from './new-contracts';

// Paths are relative to the repository root, which is where vitest runs.
type Row = Record<string, string>;

const text = (id: string): string => readFileSync(`data/${id}.csv`, 'utf8');
const rowsOf = (id: string): Row[] => Papa.parse<Row>(text(id), { header: true, skipEmptyLines: true }).data;

/** Pounds as printed ("315568.00") to whole pence, without floating point. */
function pence(pounds: string): number {
	const [whole = '', fraction = ''] = pounds.split('.');
	return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The Monday of the week an ISO date falls in. */
function mondayOf(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
	return date.toISOString().slice(0, 10);
}

const inOctNov2023 = (iso: string) => iso >= '2023-10-01' && iso <= '2023-11-30';

const generatedFiles = ['custody-suite-weeks.csv', 'custody-visits.csv', 'referrals.csv', 'safer-streets-awards.csv', 'safer-streets.csv'];

describe('the new contracts', () => {
	it.each(newContracts.map((c) => [c.id, c] as const))('%s is well formed', (_id, contract) => {
		expect(contract.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
		expect(contract.table).toBe(contract.id.replaceAll('-', '_'));
		expect(contract.columns.slice(-provenanceColumns.length)).toEqual(provenanceColumns);
		const names = contract.columns.map((column) => column.name);
		expect(new Set(names).size).toBe(names.length);
		for (const column of contract.columns) {
			expect(column.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
			expect(isValidValue(column, column.example), `${contract.id}.${column.name} example`).toBe(true);
		}
	});
});

describe('the embedded extracts of the new datasets', () => {
	it.each(newContracts.map((c) => [c.id, c] as const))('data/%s.csv passes its contract', (id, contract) => {
		const csv = text(id);
		const result = checkCsv(`${id}.csv`, csv, contract);
		expect(result.problems).toEqual([]);
		expect(result.rowCount).toBeGreaterThan(0);
		expect(csv.includes('\r')).toBe(false);
		expect(csv.split('\n')[0]).toBe(contract.columns.map((column) => column.name).join(','));
	});

	it.each(newContracts.map((c) => [c.id] as const))('data/%s.csv says where every row comes from', (id) => {
		const published = new Set(sourceDocuments.filter((document) => !document.illustrative).map((document) => document.id));
		for (const row of rowsOf(id)) {
			if (id === 'source-register') {
				// The register's entries describe themselves.
				expect(row['source_document']).toBe(row['source_id']);
			} else if (row['illustrative'] === 'true') {
				expect(row['source_document']).toBe(illustrativeSampleId);
				expect(row['source_ref']).not.toBe('');
			} else {
				expect(published.has(row['source_document'] ?? '')).toBe(true);
				expect(row['source_ref']).not.toBe('');
			}
		}
	});
});

describe('the new extracts in DuckDB', () => {
	it.each(newContracts.map((c) => [c.id, c] as const))('%s loads into its table with every row', async (id, contract) => {
		const db = await openNodeDatabase();
		try {
			const check = await loadExtract(db, contract, `${id}.csv`, text(id));
			expect(check.problems).toEqual([]);
			expect(check.rowCount).toBe(rowsOf(id).length);
		} finally {
			db.close();
		}
	});

	it('sums published figures exactly, with the column names as they are', async () => {
		const db = await openNodeDatabase();
		try {
			for (const contract of newContracts) await loadExtract(db, contract, `${contract.id}.csv`, text(contract.id));
			const awards = await db.query("SELECT CAST(SUM(award_gbp) AS VARCHAR) AS total FROM safer_streets_awards WHERE row_type = 'bid'");
			expect(awards.get(0)?.['total']).toBe('960591.34');
			const tally = await db.query("SELECT CAST(SUM(count) AS INTEGER) AS n FROM engagement_events WHERE source_ref = 'paragraph 41' AND NOT may_overlap");
			expect(tally.get(0)?.['n']).toBe(552);
			const referrals = await db.query(
				"SELECT CAST(SUM(referrals) AS INTEGER) AS n FROM referrals WHERE service = 'child vulnerability' AND month BETWEEN '2023-04' AND '2024-03'"
			);
			expect(referrals.get(0)?.['n']).toBe(13110);
		} finally {
			db.close();
		}
	});
});

describe('engagement events', () => {
	const rows = rowsOf('engagement-events');
	const find = (document: string, ref: string, type: string) => rows.filter((r) => r['source_document'] === document && r['source_ref'] === ref && r['engagement_type'] === type);

	it.each([
		['paragraph 41', 'partner meeting', '28'],
		['paragraph 41', 'public meeting', '5'],
		['paragraph 41', 'correspondence', '488'],
		['paragraph 41', 'press statement', '22'],
		['paragraph 41', 'press column', '9'],
		['paragraph 5', 'local authority meeting', '12'],
		['paragraph 14', 'APCC meeting', '3'],
		['paragraph 7', 'panel meeting', '2']
	])('holds the first-100-days count in %s: %s %s', (ref, type, count) => {
		const found = find('first-100-days-2016', ref, type);
		expect(found.map((r) => r['count'])).toContain(count);
	});

	it("keeps the 100-days report's own summary list apart from counts that may overlap it", () => {
		const summary = rows.filter((r) => r['source_ref'] === 'paragraph 41');
		expect(summary.map((r) => r['may_overlap'])).toEqual(['false', 'false', 'false', 'false', 'false']);
		expect(sum(summary.map((r) => Number(r['count'])))).toBe(552);
		for (const ref of ['paragraph 5', 'paragraph 7', 'paragraph 14']) {
			const overlapping = rows.filter((r) => r['source_document'] === 'first-100-days-2016' && r['source_ref'] === ref);
			expect(overlapping.every((r) => r['may_overlap'] === 'true')).toBe(true);
		}
	});

	it('lists the October-November 2023 engagement by place and district', () => {
		const update = rows.filter((r) => r['source_document'] === 'commissioners-update-2023-12');
		const places = (type: string) => update.filter((r) => r['engagement_type'] === type).map((r) => `${r['place']}|${r['district']}`);
		expect(places('community Thursday')).toEqual(['Leicester|Leicester', 'Wigston|Oadby and Wigston', 'Melton|Melton', 'Loughborough|Charnwood']);
		expect(places('public meeting').sort()).toEqual(['Charnwood|Charnwood', 'Kegworth|North West Leicestershire', 'Whitwick|North West Leicestershire']);
		expect(places('patch walk')).toHaveLength(3);
		expect(update.every((r) => r['illustrative'] === 'false')).toBe(true);
	});

	it('has every period the right way round, and only published rows', () => {
		for (const row of rows) {
			expect((row['period_start'] ?? '') <= (row['period_end'] ?? '')).toBe(true);
			expect(row['illustrative']).toBe('false');
		}
	});
});

describe('custody visits', () => {
	const visits = rowsOf('custody-visits');
	const weeks = rowsOf('custody-suite-weeks');
	const n = (row: Row, column: string) => Number(row[column]);
	const completed = visits.filter((v) => v['completed'] === 'true');

	it('never sees more detainees than were offered, nor offers more than were held', () => {
		expect(completed.length).toBeGreaterThan(300);
		for (const v of completed) {
			expect(n(v, 'detainees_seen'), v['visit_id']).toBeLessThanOrEqual(n(v, 'detainees_offered'));
			expect(n(v, 'detainees_offered'), v['visit_id']).toBeLessThanOrEqual(n(v, 'detainees_held'));
			expect(n(v, 'detainees_seen') + n(v, 'detainees_declined'), v['visit_id']).toBeLessThanOrEqual(n(v, 'detainees_offered'));
		}
	});

	it('records times and counts for completed visits only, departing after arriving', () => {
		for (const v of visits) {
			const filled = completedVisitOnly.filter((column) => v[column] !== '');
			expect(filled, v['visit_id']).toEqual(v['completed'] === 'true' ? completedVisitOnly : []);
			if (v['completed'] === 'true') {
				expect(v['arrival_time']).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
				expect(v['departure_time']).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
				expect((v['departure_time'] ?? '') > (v['arrival_time'] ?? ''), v['visit_id']).toBe(true);
			} else {
				expect(v['scheduled'], v['visit_id']).toBe('true');
			}
		}
		expect(new Set(visits.map((v) => v['visit_id'])).size).toBe(visits.length);
	});

	it('completed every scheduled visit in October and November 2023', () => {
		const octNov = visits.filter((v) => inOctNov2023(v['visit_date'] ?? '') && v['scheduled'] === 'true');
		expect(octNov.length).toBeGreaterThanOrEqual(24);
		expect(octNov.filter((v) => v['completed'] !== 'true')).toEqual([]);
	});

	it('covers April 2023 to March 2025 in whole Monday-to-Sunday weeks, four suites each', () => {
		const starts = [...new Set(weeks.map((w) => w['week_start'] ?? ''))].sort();
		expect(starts).toHaveLength(104);
		expect(starts[0]).toBe('2023-04-03');
		expect(starts.at(-1)).toBe('2025-03-24');
		for (const start of starts) expect(mondayOf(start)).toBe(start);
		expect(weeks).toHaveLength(4 * 104);
		for (const v of visits) {
			expect(v['visit_date'] ?? '').toMatch(/^(2023-(0[4-9]|1[0-2])|2024-\d\d|2025-0[1-3])-\d\d$/);
		}
	});

	it('keeps primary suites open every week and visits the standby suite only when open', () => {
		const open = new Set(weeks.filter((w) => w['open'] === 'true').map((w) => `${w['suite']}|${w['week_start']}`));
		for (const w of weeks.filter((w) => w['suite_role'] === 'primary')) expect(w['open']).toBe('true');
		const standbyOpen = weeks.filter((w) => w['suite_role'] === 'standby' && w['open'] === 'true');
		expect(standbyOpen.length).toBeGreaterThan(0);
		expect(standbyOpen.length).toBeLessThan(104);
		for (const v of visits) {
			expect(open.has(`${v['suite']}|${mondayOf(v['visit_date'] ?? '')}`), v['visit_id']).toBe(true);
		}
		const roles = new Map(weeks.map((w) => [w['suite'], w['suite_role']]));
		for (const v of visits) expect(v['suite_role']).toBe(roles.get(v['suite']));
	});

	it('has a completed visit in most open suite-weeks, with a couple of missed weeks outside October-November 2023', () => {
		const visited = new Set(completed.map((v) => `${v['suite']}|${mondayOf(v['visit_date'] ?? '')}`));
		const openWeeks = weeks.filter((w) => w['open'] === 'true');
		const missed = openWeeks.filter((w) => !visited.has(`${w['suite']}|${w['week_start']}`));
		const primaryMissed = missed.filter((w) => w['suite_role'] === 'primary');
		expect(primaryMissed.length).toBeGreaterThanOrEqual(2);
		expect(primaryMissed.length).toBeLessThanOrEqual(6);
		for (const w of missed) {
			const start = w['week_start'] ?? '';
			const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
			expect(inOctNov2023(start) || inOctNov2023(end), start).toBe(false);
		}
		expect(1 - missed.length / openWeeks.length).toBeGreaterThan(0.95);
	});
});

describe('referrals', () => {
	const rows = rowsOf('referrals');
	const published = rowsOf('published-referral-totals');

	it('has one row per month, service and source from April 2022 to March 2025', () => {
		const months = [...new Set(rows.map((r) => r['month']))].sort();
		expect(months).toHaveLength(36);
		expect(months[0]).toBe('2022-04');
		expect(months.at(-1)).toBe('2025-03');
		const keys = rows.map((r) => `${r['month']}|${r['service']}|${r['referral_source']}`);
		expect(new Set(keys).size).toBe(keys.length);
		const combinations = new Set(rows.map((r) => `${r['service']}|${r['referral_source']}`));
		expect(rows).toHaveLength(36 * combinations.size);
		expect(new Set(rows.map((r) => r['service']))).toEqual(new Set(['victim services', 'child vulnerability', 'restorative justice', 'violence reduction']));
		expect(rows.every((r) => r['illustrative'] === 'true')).toBe(true);
	});

	it('gives about 13,000 child-vulnerability referrals in each financial year', () => {
		const byYear = new Map<string, number>();
		for (const r of rows.filter((r) => r['service'] === 'child vulnerability')) {
			const [year = 0, month = 0] = (r['month'] ?? '').split('-').map(Number);
			const fy = month >= 4 ? year : year - 1;
			byYear.set(String(fy), (byYear.get(String(fy)) ?? 0) + Number(r['referrals']));
		}
		expect([...byYear.keys()]).toEqual(['2022', '2023', '2024']);
		for (const total of byYear.values()) {
			expect(total).toBeGreaterThanOrEqual(12500);
			expect(total).toBeLessThanOrEqual(13500);
		}
	});

	it('keeps the published annual figures apart, with their sources', () => {
		expect(published.every((r) => r['illustrative'] === 'false')).toBe(true);
		const exact = published.find((r) => r['referrals'] === '13250');
		expect(exact?.['source_document']).toBe('plan-response-2017');
		expect(exact?.['qualifier']).toBe('exactly');
		expect(exact?.['wording']).toContain('13,250');
		const over = published.find((r) => r['source_document'] === 'police-and-crime-plan-2017');
		expect(over?.['referrals']).toBe('13000');
		expect(over?.['qualifier']).toBe('more than');
	});
});

describe('Safer Streets', () => {
	const awards = rowsOf('safer-streets-awards');
	const quarters = rowsOf('safer-streets');
	const key = (r: Row) => `${r['bid']}|${r['intervention']}`;
	const ofType = (type: string) => awards.filter((r) => r['row_type'] === type);

	it('holds the published award: three bids summing to £960,591.34', () => {
		const [total, ...others] = ofType('total');
		expect(others).toEqual([]);
		expect(pence(total?.['award_gbp'] ?? '')).toBe(96059134);
		const bids = ofType('bid');
		expect(bids.map((b) => [b['bid'], pence(b['award_gbp'] ?? ''), b['source_ref']])).toEqual([
			['VAWG', 31556800, 'paragraph 17a'],
			['ASB Melton', 31396789, 'paragraph 17b'],
			['Neighbourhood Crime Oadby and Wigston', 33105545, 'paragraph 17c']
		]);
		expect(sum(bids.map((b) => pence(b['award_gbp'] ?? '')))).toBe(96059134);
		for (const row of [total, ...bids]) {
			expect(row?.['source_document']).toBe('commissioners-update-2023-12');
			expect(row?.['illustrative']).toBe('false');
		}
	});

	it("splits each bid's award across its interventions to the penny", () => {
		for (const bid of ofType('bid')) {
			const parts = ofType('intervention').filter((r) => r['bid'] === bid['bid']);
			expect(parts.length).toBeGreaterThanOrEqual(5);
			expect(parts.every((r) => r['illustrative'] === 'true')).toBe(true);
			expect(sum(parts.map((r) => pence(r['award_gbp'] ?? ''))), bid['bid']).toBe(pence(bid['award_gbp'] ?? ''));
		}
		expect(
			ofType('total')
				.concat(ofType('bid'))
				.every((r) => r['intervention'] === '')
		).toBe(true);
		expect(awards.map((r) => Number(r['display_order']))).toEqual(awards.map((_, i) => i + 1));
	});

	it("allocates each intervention's award across its quarters exactly", () => {
		const interventions = ofType('intervention');
		expect(new Set(quarters.map(key))).toEqual(new Set(interventions.map(key)));
		for (const intervention of interventions) {
			const rows = quarters.filter((q) => key(q) === key(intervention));
			expect(rows.map((q) => `${q['financial_year']} Q${q['quarter']}`)).toEqual(['2023/24 Q3', '2023/24 Q4', '2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4']);
			expect(sum(rows.map((q) => pence(q['allocated_gbp'] ?? ''))), key(intervention)).toBe(pence(intervention['award_gbp'] ?? ''));
			expect(new Set(rows.map((q) => q['district']))).toEqual(new Set([intervention['district']]));
		}
	});

	it('never spends more than allocated, in a quarter or in a year', () => {
		const years = new Map<string, { allocated: number; spent: number }>();
		for (const q of quarters) {
			const allocated = pence(q['allocated_gbp'] ?? '');
			const spent = pence(q['spent_gbp'] ?? '');
			expect(spent, `${key(q)} ${q['financial_year']} Q${q['quarter']}`).toBeLessThanOrEqual(allocated);
			const year = `${key(q)}|${q['financial_year']}`;
			const totals = years.get(year) ?? { allocated: 0, spent: 0 };
			years.set(year, { allocated: totals.allocated + allocated, spent: totals.spent + spent });
		}
		for (const [year, totals] of years) expect(totals.spent, year).toBeLessThanOrEqual(totals.allocated);
	});

	it('shows one intervention visibly behind in 2024/25, so money is at risk', () => {
		const byYear = new Map<string, { allocated: number; spent: number }>();
		for (const q of quarters) {
			const year = `${key(q)}|${q['financial_year']}`;
			const totals = byYear.get(year) ?? { allocated: 0, spent: 0 };
			byYear.set(year, {
				allocated: totals.allocated + pence(q['allocated_gbp'] ?? ''),
				spent: totals.spent + pence(q['spent_gbp'] ?? '')
			});
		}
		const behind = [...byYear].filter(([, t]) => t.spent / t.allocated < 0.75).map(([year]) => year);
		expect(behind).toHaveLength(1);
		expect(behind[0]).toMatch(/\|2024\/25$/);
	});

	it('counts outputs only where there is something to count', () => {
		for (const q of quarters) {
			if (q['output_measure']?.startsWith('none')) expect(q['output_count']).toBe('');
			else expect(Number(q['output_count'])).toBeGreaterThanOrEqual(0);
		}
	});
});

describe('plan aims and the measures tied to them', () => {
	const aims = rowsOf('plan-aims');
	const links = rowsOf('measure-aims');

	it('has four to six aims under each of the five themes, with unique ids in plan order', () => {
		const themes = [...new Set(aims.map((a) => a['theme']))];
		expect(themes).toEqual(['Viable Partnerships', 'Visible Policing', 'Victim Services', 'Vulnerability Protection', 'Value for Money']);
		for (const theme of themes) {
			const count = aims.filter((a) => a['theme'] === theme).length;
			expect(count).toBeGreaterThanOrEqual(4);
			expect(count).toBeLessThanOrEqual(6);
		}
		expect(new Set(aims.map((a) => a['aim_id'])).size).toBe(aims.length);
		expect(aims.map((a) => Number(a['display_order']))).toEqual(aims.map((_, i) => i + 1));
		expect(aims.every((a) => a['source_document'] === 'police-and-crime-plan-2017')).toBe(true);
	});

	it('ties every measure to at least one aim that exists, with a reason', () => {
		const ids = new Set(aims.map((a) => a['aim_id']));
		for (const link of links) {
			expect(ids.has(link['aim_id'] ?? ''), `${link['measure_id']} -> ${link['aim_id']}`).toBe(true);
			expect(link['rationale']?.length ?? 0).toBeGreaterThan(20);
		}
		const measures = new Set(links.map((l) => l['measure_id']));
		for (const id of ['budget-split', 'engagement-count', 'icv-compliance', 'referrals-volume', 'safer-streets-spend']) {
			expect(measures.has(id), id).toBe(true);
		}
		const pairs = links.map((l) => `${l['measure_id']}|${l['aim_id']}`);
		expect(new Set(pairs).size).toBe(pairs.length);
	});

	it('describes each measure the same way on all its rows, with a target only when it is sourced', () => {
		const summary = (l: Row) => [l['measure_name'], l['view_path'], l['target'], l['target_direction'], l['target_unit'], l['target_source']].join('|');
		for (const link of links) {
			const first = links.find((l) => l['measure_id'] === link['measure_id']);
			expect(summary(link)).toBe(summary(first ?? {}));
			const filled = [link['target'], link['target_direction'], link['target_source']].map((v) => v !== '');
			expect(filled, link['measure_id']).toEqual(filled[0] ? [true, true, true] : [false, false, false]);
		}
	});

	it('sets the custody visiting targets from the plan and the 2023 update', () => {
		const target = (id: string) => links.find((l) => l['measure_id'] === id);
		expect(target('icv-compliance')?.['target']).toBe('100');
		expect(target('icv-compliance')?.['target_direction']).toBe('at least');
		expect(target('icv-compliance')?.['target_source']).toMatch(/^police-and-crime-plan-2017, Viable Partnerships section, Independent Custody Visitors: /);
		expect(target('icv-scheduled-completion')?.['target']).toBe('100');
		expect(target('icv-scheduled-completion')?.['target_source']).toMatch(/^commissioners-update-2023-12, paragraph 14/);
	});
});

describe('scripts/generate-sample.js', () => {
	const run = (dir: string) => execFileSync(process.execPath, ['scripts/generate-sample.js', '--out', dir], { encoding: 'utf8' });

	it('writes the same bytes every time, and the same as the embedded extracts', () => {
		const first = mkdtempSync(join(tmpdir(), 'scrutiny-sample-'));
		const second = mkdtempSync(join(tmpdir(), 'scrutiny-sample-'));
		try {
			run(first);
			run(second);
			expect(readdirSync(first).sort()).toEqual(generatedFiles);
			for (const file of generatedFiles) {
				const bytes = readFileSync(join(first, file));
				expect(bytes.equals(readFileSync(join(second, file))), file).toBe(true);
				expect(bytes.equals(readFileSync(join('data', file))), `data/${file} is stale: run npm run data:sample`).toBe(true);
			}
		} finally {
			rmSync(first, { recursive: true, force: true });
			rmSync(second, { recursive: true, force: true });
		}
	});
});
