import type { Table } from 'apache-arrow';
import type { Database, SqlValue } from '$lib/database/database';
import { sqlString } from '$lib/contracts/sql-types';
import { areas } from '$lib/filters/areas';
import { rowsOf } from '$lib/shaping/arrow-rows';
import countsSql from './street-crime-counts.sql?raw';
import sourceSql from './street-crime-counts-source.sql?raw';

// The app's own list of the nine areas, passed as one parameter so the SQL has no copy of it.
const llrAreas = areas.join('|');

/** The last check of a database's counts: for which dataset version (undefined: none given), and its outcome. */
interface Check {
	readonly version: number | undefined;
	readonly done: Promise<void>;
}
const checks = new WeakMap<Database, Check>();

/**
 * Makes sure `street_crime_counts` (records by month, area, crime type, force
 * and illustrative flag) matches the street-level records loaded now, building
 * it if it is missing or was built from other rows. Built lazily, here on the
 * measures' side, rather than when a file is loaded: the upload path belongs
 * to the dataset registry.
 *
 * `version` is the dataset's version from the registry, which changes on every
 * load. Given one, the counts are checked once for it, so a filter change costs
 * no check. Without one (tests, scripts), they are checked on every call. The
 * check rebuilds the counts when the table was replaced (a new table), rows
 * were added (a new count) or the version differs from the one they were built for.
 */
export function ensureStreetCrimeCounts(db: Database, version?: number): Promise<void> {
	const previous = checks.get(db);
	if (version !== undefined && previous?.version === version) return previous.done;
	// Checks take turns, so two views opening together build the counts once, not twice.
	const done = (previous?.done ?? Promise.resolve()).catch(() => undefined).then(() => buildIfStale(db, version ?? 0));
	checks.set(db, { version, done });
	// A failed check is not remembered: the next call tries again.
	done.catch(() => checks.get(db)?.done === done && checks.delete(db));
	return done;
}

async function buildIfStale(db: Database, version: number): Promise<void> {
	const [source] = rowsOf<{ records: number; table_id: string | null; built_from: string | null }>(await db.query(sourceSql));
	// The stamp is made of numbers the database and registry give, never of anything a user typed.
	const wanted = `table ${source?.table_id ?? 'none'}, ${source?.records ?? 0} records, version ${version}`;
	if (source?.built_from === wanted) return;
	await db.query(countsSql, [llrAreas]);
	await db.query(`COMMENT ON TABLE temp.main.street_crime_counts IS ${sqlString(wanted)}`);
}

/**
 * Runs a query on the counts, making sure they are current first. If the counts
 * table has gone though this version's check found it (a load on the same
 * connection that was rolled back takes it away), it is checked again, once.
 */
export async function queryCounts(db: Database, version: number | undefined, sql: string, params: readonly SqlValue[] = []): Promise<Table> {
	await ensureStreetCrimeCounts(db, version);
	try {
		return await db.query(sql, params);
	} catch (error) {
		if (version === undefined || !String(error).includes('street_crime_counts')) throw error;
		checks.delete(db);
		await ensureStreetCrimeCounts(db, version);
		return db.query(sql, params);
	}
}
