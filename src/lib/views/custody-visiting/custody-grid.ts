import { custodySuites } from '$lib/contracts/custody-visits';
import { financialYearOf, periodLabel, type Period } from '$lib/filters/period';
import type { SuiteWeek } from './custody-visiting';

/** What a week looks like for one suite: visited, missed (open, no completed visit), or closed. */
export type WeekState = 'visited' | 'missed' | 'closed' | 'no record';

/** One cell of the grid. */
export interface GridCell {
	readonly week: string;
	readonly state: WeekState;
	readonly completedVisits: number;
	/** A scheduled visit that did not happen; the week may still be visited by another. */
	readonly missedScheduled: number;
}

/** One suite's row of a quarter's grid. */
export interface GridRow {
	readonly suite: string;
	readonly role: string;
	readonly cells: readonly GridCell[];
}

/** One quarter of the grid: suites down, that quarter's weeks across. */
export interface GridQuarter {
	readonly key: string;
	readonly label: string;
	/** The Mondays of the quarter's weeks, oldest first. */
	readonly weeks: readonly string[];
	readonly rows: readonly GridRow[];
	readonly missed: number;
}

/** The financial-year quarter a week's Monday falls in (Q1 = April to June). */
export function quarterOf(monday: string): Period & { kind: 'quarter' } {
	const month = Number(monday.slice(5, 7));
	const quarter = (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
	return { kind: 'quarter', startYear: financialYearOf(monday), quarter };
}

/** How a suite-week reads on the grid. */
export function weekState(row: SuiteWeek): WeekState {
	if (!row.open) return 'closed';
	return row.completed_visits > 0 ? 'visited' : 'missed';
}

/**
 * Splits the suite-weeks into one grid per quarter, so that two years of
 * weeks stay readable: about 13 weeks across, the suites down, and a missed
 * week stands out in its row. Suites keep the contract's order (primary
 * suites first, the standby suite last).
 */
export function custodyGrid(rows: readonly SuiteWeek[]): GridQuarter[] {
	const byQuarter = new Map<string, SuiteWeek[]>();
	for (const row of rows) {
		const key = periodLabel(quarterOf(row.week_start));
		const quarterRows = byQuarter.get(key) ?? [];
		quarterRows.push(row);
		byQuarter.set(key, quarterRows);
	}
	return [...byQuarter].map(([label, quarterRows]) => {
		const weeks = [...new Set(quarterRows.map((row) => row.week_start))].sort();
		const suites = custodySuites.filter((suite) => quarterRows.some((row) => row.suite === suite));
		const gridRows = suites.map((suite) => {
			const own = quarterRows.filter((row) => row.suite === suite);
			return {
				suite,
				role: own[0]?.suite_role ?? 'primary',
				cells: weeks.map((week): GridCell => {
					const row = own.find((candidate) => candidate.week_start === week);
					if (!row) return { week, state: 'no record', completedVisits: 0, missedScheduled: 0 };
					return { week, state: weekState(row), completedVisits: row.completed_visits, missedScheduled: row.missed_scheduled_visits };
				})
			};
		});
		const missed = gridRows.flatMap((row) => row.cells).filter((cell) => cell.state === 'missed').length;
		return { key: label, label, weeks, rows: gridRows, missed };
	});
}

/** The open suite-weeks with no completed visit, oldest first. */
export function missedWeeks(rows: readonly SuiteWeek[]): { suite: string; week: string }[] {
	return rows.filter((row) => weekState(row) === 'missed').map((row) => ({ suite: row.suite, week: row.week_start }));
}
