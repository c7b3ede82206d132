import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engagementEvents } from '$lib/contracts/engagement-events';
import { csvFromRows, exampleRow, type CsvRow } from '$lib/contracts/fixtures';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { periodFromParam } from '$lib/filters/period';
import { filtersFromUrl, type ViewFilters } from '$lib/filters/view-filters';
import { engagementByDistrict, engagementByType, engagementItems, engagementStraddling, engagementTotal, loadEngagementView } from './engagement';

const filters = (query: string): ViewFilters => filtersFromUrl(new URLSearchParams(query));

/** An item: report A spans 12 May to 19 August 2016, report B October and November 2023. */
function item(report: 'a' | 'b', type: string, district: string, count: string, overlap: boolean, day?: string): CsvRow {
	const [start, end] = report === 'a' ? ['2016-05-12', '2016-08-19'] : ['2023-10-01', '2023-11-30'];
	return {
		...exampleRow(engagementEvents),
		period_start: day ?? start,
		period_end: day ?? end,
		engagement_type: type,
		district,
		place: district === 'Blaby' ? 'Countesthorpe' : '',
		count,
		may_overlap: String(overlap),
		source_document: `${report}.txt`,
		source_ref: `para ${type.length}`
	};
}

const fixture = [
	item('a', 'partner meeting', 'LLR-wide', '28', false),
	item('a', 'public meeting', 'LLR-wide', '5', false),
	item('a', 'public meeting', 'Blaby', '1', true),
	item('a', 'community visit', 'Rutland', '1', true),
	item('a', 'community visit', 'Leicester', '', false),
	item('a', 'local authority meeting', 'LLR-wide', '12', true),
	item('a', 'local authority meeting', 'LLR-wide', '1', true, '2016-05-13'),
	item('b', 'public meeting', 'North West Leicestershire', '1', false),
	item('b', 'public meeting', 'Charnwood', '1', false),
	item('b', 'community Thursday', 'Leicester', '1', false),
	item('b', 'community Thursday', 'Melton', '1', false),
	item('b', 'roundtable', 'LLR-wide', '', false),
	item('b', 'community event', 'LLR-wide', '1', false, '2023-11-20')
];

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

describe('engagement measures on a hand-checked fixture', () => {
	beforeEach(async () => {
		const check = await loadExtract(db, engagementEvents, 'fixture.csv', csvFromRows(engagementEvents, fixture));
		expect(check.problems).toEqual([]);
	});

	const brief = (rows: Awaited<ReturnType<typeof engagementByType>>) => rows.map((r) => [r.report_start, r.engagement_type, r.counted, r.also_reported, r.not_counted]);

	it('counts by report and type, keeping overlapping rows and blanks out of the counted figure', async () => {
		// Report A: public meeting 5 counted + Blaby 1 that may overlap; local authority 12 + 1 both overlap (13);
		// community visit: Rutland 1 may overlap, Leicester mentioned without a number.
		// Report B: two public meetings, two community Thursdays, one event; the roundtable has no number.
		expect(brief(await engagementByType(db, filters('')))).toEqual([
			['2016-05-12', 'partner meeting', 28, 0, 0],
			['2016-05-12', 'public meeting', 5, 1, 0],
			['2016-05-12', 'local authority meeting', 0, 13, 0],
			['2016-05-12', 'community visit', 0, 1, 1],
			['2023-10-01', 'community Thursday', 2, 0, 0],
			['2023-10-01', 'public meeting', 2, 0, 0],
			['2023-10-01', 'community event', 1, 0, 0],
			['2023-10-01', 'roundtable', 0, 0, 1]
		]);
		// The dated event (20 November) is placed in report B, whose span it falls in.
		const rows = await engagementByType(db, filters(''));
		expect(rows.find((r) => r.engagement_type === 'community event')?.report_end).toBe('2023-11-30');
	});

	it('totals without double counting: overlapping rows and blanks add nothing', async () => {
		// 28 + 5 (report A) + 2 + 2 + 1 (report B) = 38; the 1 + 1 + 12 + 1 that may overlap are not added.
		expect(await engagementTotal(db, filters(''))).toEqual({ events: 38 });
		expect(await engagementTotal(db, filters('period=2016%2F17'))).toEqual({ events: 33 });
		expect(await engagementTotal(db, filters('period=2023%2F24-Q3'))).toEqual({ events: 5 });
	});

	it('keeps a count to a period only when its whole span lies in it, and says what it left out', async () => {
		// May 2016 holds only the meeting dated 13 May; the six 100-day counts run past it.
		const may = filters('period=2016-05');
		expect(brief(await engagementByType(db, may))).toEqual([['2016-05-12', 'local authority meeting', 0, 1, 0]]);
		expect(await engagementStraddling(db, may)).toEqual({ items: 6, first_start: '2016-05-12', last_end: '2016-08-19' });
		expect(await engagementStraddling(db, filters('period=2016%2F17'))).toMatchObject({ items: 0 });
		expect(await engagementTotal(db, may)).toEqual({ events: 0 });
		expect(await engagementItems(db, filters('period=2019%2F20'))).toEqual([]);
	});

	it('filters by area, leaving out LLR-wide rows', async () => {
		// Leicester: the community visit with no number (A) and one community Thursday (B).
		const leicester = filters('area=Leicester');
		expect(brief(await engagementByType(db, leicester))).toEqual([
			['2016-05-12', 'community visit', 0, 0, 1],
			['2023-10-01', 'community Thursday', 1, 0, 0]
		]);
		expect(await engagementTotal(db, leicester)).toEqual({ events: 1 });
		expect((await engagementByDistrict(db, leicester)).map((r) => r.district)).toEqual(['Leicester']);
		// Area and period together: Charnwood in 2023/24 is one public meeting.
		expect(brief(await engagementByType(db, { period: periodFromParam('2023/24'), area: 'Charnwood' }))).toEqual([['2023-10-01', 'public meeting', 1, 0, 0]]);
	});

	it('counts by area, with the places named and LLR-wide as its own group', async () => {
		const rows = await engagementByDistrict(db, filters(''));
		// LLR-wide: 28 + 5 + 1 counted; 12 + 1 may overlap; the roundtable has no number.
		expect(rows.map((r) => [r.district, r.counted, r.also_reported, r.not_counted, r.places])).toEqual([
			['Blaby', 0, 1, 0, 'Countesthorpe'],
			['Charnwood', 1, 0, 0, ''],
			['LLR-wide', 34, 13, 1, ''],
			['Leicester', 1, 0, 1, ''],
			['Melton', 1, 0, 0, ''],
			['North West Leicestershire', 1, 0, 0, ''],
			['Rutland', 0, 1, 0, '']
		]);
	});

	it('lists each item with a blank count kept blank, never 0', async () => {
		const items = await engagementItems(db, filters('period=2023%2F24'));
		expect(items.map((i) => [i.engagement_type, i.count])).toEqual([
			['public meeting', 1],
			['public meeting', 1],
			['community Thursday', 1],
			['community Thursday', 1],
			['roundtable', null],
			['community event', 1]
		]);
	});
});

describe('engagement measures on the embedded extract', () => {
	beforeEach(async () => {
		const check = await loadExtract(db, engagementEvents, 'engagement-events.csv', readFileSync('data/engagement-events.csv', 'utf8'));
		expect(check.problems).toEqual([]);
	});

	it('carries the first-100-days figures of para 41 and their span', async () => {
		const view = await loadEngagementView(db, filters(''));
		const para41 = view.items.filter((i) => i.source_ref === 'paragraph 41').map((i) => [i.engagement_type, i.count]);
		expect(para41).toEqual([
			['partner meeting', 28],
			['public meeting', 5],
			['correspondence', 488],
			['press statement', 22],
			['press column', 9]
		]);
		expect(view.span).toEqual({ first: '2016-05-12', last: '2023-11-30' });
		// 28 + 5 + 488 + 22 + 9 = 552, + 5 events, 1 speech, 2 interviews, 1 training = 561 in 2016/17.
		expect(await engagementTotal(db, filters('period=2016%2F17'))).toEqual({ events: 561 });
	});
});
