import type { DatasetContract } from '$lib/contracts/contract';
import type { Connector } from '$lib/database/database';
import { formatCount, formatDate } from '$lib/format/uk';
import { budgetReconciliation, budgetYears } from './budget-reconciliation';
import { rowsOf } from '$lib/database/arrow-rows';
import { gapsSql, profileSql } from './quality-sql';

/** One check of a dataset: a name, whether it passes, and what was found in words. */
export interface QualityCheck {
	readonly name: 'Contract' | 'Reconciliation' | 'Completeness' | 'Duplicates' | 'Freshness';
	readonly passes: boolean;
	/** A failed warning does not stop the figures being used; a failed error makes them doubtful. */
	readonly severity: 'error' | 'warning';
	readonly detail: string;
}

/** A dataset's profile and checks, as the Data page lists them. */
export interface QualityReport {
	readonly rowCount: number;
	readonly firstDay: string | null;
	readonly lastDay: string | null;
	/** None when the dataset holds no rows: there is nothing to check. */
	readonly checks: readonly QualityCheck[];
}

const counted = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Extracts are quarterly: data whose newest record is older than this is out of date. */
export const freshForDays = 120;

type Reconciler = (db: Connector) => Promise<QualityCheck>;

/** Datasets whose parts should add up to totals, and how to check them. */
const reconcilers: Record<string, Reconciler> = {
	'budget-split': async (db) => {
		const failing: string[] = [];
		for (const year of await budgetYears(db)) {
			const checks = await budgetReconciliation(db, year);
			if (checks.some((check) => !check.amounts_reconcile || !check.percents_reconcile)) failing.push(year);
		}
		return {
			name: 'Reconciliation',
			passes: failing.length === 0,
			severity: 'error',
			detail: failing.length ? `lines do not add up to their totals in ${failing.join(', ')}` : "every year's lines add up to their subtotals and total"
		};
	}
};

/** Runs every check that applies to a loaded dataset. `today` is ISO, passed in so tests are deterministic. */
export async function checkQuality(db: Connector, contract: DatasetContract, today: string): Promise<QualityReport> {
	const [profile] = rowsOf<{ row_count: number; duplicate_rows: number; unkeyed_rows: number; first_day: string | null; last_day: string | null; days_old: number | null }>(
		await db.query(profileSql(contract), [today])
	);
	if (!profile) throw new Error(`${contract.id}: the profile query returned nothing`);
	// An empty table (police.uk crime before its files are loaded) has nothing to check: a row of
	// "Pass" beside it would read as if files had been checked and found sound.
	if (profile.row_count === 0) return { rowCount: 0, firstDay: null, lastDay: null, checks: [] };
	const key = contract.quality?.key?.join(', ') ?? 'values in every column';
	// Saying which rows were not compared keeps a pass from reading as "every row is unique".
	const unkeyed = profile.unkeyed_rows > 0 ? `; ${counted(profile.unkeyed_rows, 'row')} with a blank ${key} not compared` : '';
	const checks: QualityCheck[] = [
		{ name: 'Contract', passes: true, severity: 'error', detail: `${formatCount(profile.row_count)} rows passed the contract check` },
		{
			name: 'Duplicates',
			passes: profile.duplicate_rows === 0,
			severity: 'error',
			detail:
				profile.duplicate_rows === 0
					? `no duplicate rows${contract.quality?.ignoreBlankKey ? ` (by ${key}${unkeyed})` : ''}`
					: `${counted(profile.duplicate_rows, 'row repeats', 'rows repeat')} another (same ${key}${unkeyed})`
		}
	];
	const gaps = gapsSql(contract);
	if (gaps) {
		const [found] = rowsOf<{ missing: number; series_count: number }>(await db.query(gaps));
		const step = contract.quality?.series?.step ?? 'period';
		checks.push({
			name: 'Completeness',
			passes: (found?.missing ?? 0) === 0,
			severity: 'warning',
			detail: found?.missing ? `${counted(found.missing, step)} missing across ${found.series_count} series` : `no ${step} missing in ${found?.series_count ?? 0} series`
		});
	}
	const reconcile = reconcilers[contract.id];
	if (reconcile) checks.push(await reconcile(db));
	if (profile.days_old !== null && profile.last_day) {
		checks.push({
			name: 'Freshness',
			passes: profile.days_old <= freshForDays,
			severity: 'warning',
			// `today` is the date judged against: a pack's meeting, else today. Records after it are not stale.
			detail:
				profile.days_old < 0
					? `newest record covers to ${formatDate(profile.last_day)}, after ${formatDate(today)}`
					: `newest record covers to ${formatDate(profile.last_day)}, ${formatCount(profile.days_old)} days before ${formatDate(today)}; extracts older than ${freshForDays} days are out of date`
		});
	}
	return { rowCount: profile.row_count, firstDay: profile.first_day, lastDay: profile.last_day, checks };
}

/** Registers a dataset's reconciliation check (for views added later). */
export function addReconciler(dataset: string, reconciler: Reconciler): void {
	reconcilers[dataset] = reconciler;
}
