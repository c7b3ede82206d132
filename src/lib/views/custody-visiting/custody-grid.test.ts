import { describe, expect, it } from 'vitest';
import type { SuiteWeek } from './custody-visiting';
import { custodyGrid, missedWeeks, quarterOf } from './custody-grid';

const row = (suite: string, week_start: string, open: boolean, completed_visits: number, missed_scheduled_visits = 0): SuiteWeek => ({
	suite,
	suite_role: suite === 'Wigston' ? 'standby' : 'primary',
	week_start,
	open,
	completed_visits,
	missed_scheduled_visits,
	illustrative: true
});

describe('quarterOf', () => {
	it('puts a week in the financial-year quarter of its Monday', () => {
		expect(quarterOf('2024-04-01')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 1 });
		expect(quarterOf('2024-06-24')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 1 });
		expect(quarterOf('2024-07-01')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 2 });
		expect(quarterOf('2024-12-30')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 3 });
		expect(quarterOf('2025-01-06')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 4 });
		// Monday 31 March 2025 runs into April, but belongs to its Monday's quarter.
		expect(quarterOf('2025-03-31')).toEqual({ kind: 'quarter', startYear: 2024, quarter: 4 });
	});
});

describe('custodyGrid', () => {
	// Two quarters: the last week of 2024/25 Q1 and the first of Q2.
	const rows = [
		row('Wigston', '2024-06-24', false, 0),
		row('Euston Street', '2024-06-24', true, 0, 1),
		row('Beaumont Leys', '2024-06-24', true, 2),
		row('Beaumont Leys', '2024-07-01', true, 1, 1),
		row('Euston Street', '2024-07-01', true, 1),
		row('Wigston', '2024-07-01', true, 0)
	];

	it('makes one grid per quarter, suites in the contract order, weeks across', () => {
		const grid = custodyGrid(rows);
		expect(grid.map((q) => [q.label, q.weeks, q.rows.map((r) => r.suite), q.missed])).toEqual([
			['2024/25 Q1 (April to June 2024)', ['2024-06-24'], ['Beaumont Leys', 'Euston Street', 'Wigston'], 1],
			['2024/25 Q2 (July to September 2024)', ['2024-07-01'], ['Beaumont Leys', 'Euston Street', 'Wigston'], 1]
		]);
	});

	it('marks each week visited, missed (open with no completed visit) or closed', () => {
		const [q1, q2] = custodyGrid(rows);
		expect(q1?.rows.map((r) => [r.suite, r.role, r.cells.map((c) => c.state)])).toEqual([
			['Beaumont Leys', 'primary', ['visited']],
			['Euston Street', 'primary', ['missed']],
			['Wigston', 'standby', ['closed']]
		]);
		// A missed scheduled visit replaced by another that week still counts as visited.
		expect(q2?.rows[0]?.cells[0]).toEqual({ week: '2024-07-01', state: 'visited', completedVisits: 1, missedScheduled: 1 });
		expect(q2?.rows[2]?.cells[0]?.state).toBe('missed');
	});

	it('shows a suite-week with no record as such, not as a miss', () => {
		const [q] = custodyGrid([row('Beaumont Leys', '2024-04-01', true, 1), row('Keyham Lane', '2024-04-08', true, 1)]);
		expect(q?.rows.map((r) => r.cells.map((c) => c.state))).toEqual([
			['visited', 'no record'],
			['no record', 'visited']
		]);
		expect(q?.missed).toBe(0);
	});

	it('lists the missed weeks, oldest first', () => {
		expect(missedWeeks(rows)).toEqual([
			{ suite: 'Euston Street', week: '2024-06-24' },
			{ suite: 'Wigston', week: '2024-07-01' }
		]);
		expect(custodyGrid([])).toEqual([]);
	});
});
