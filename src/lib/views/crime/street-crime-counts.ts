import type { Table } from 'apache-arrow';
import type { Connector, SqlValue } from '$lib/database/database';
import { queryClient } from '$lib/database/query-client';
import { sqlString } from '$lib/contracts/sql-types';
import { areas } from '$lib/filters/areas';
import { rowsOf } from '$lib/database/arrow-rows';
import countsSql from './street-crime-counts.sql?raw';
import sourceSql from './street-crime-counts-source.sql?raw';

// The app's own list of the nine areas, passed as one parameter so the SQL has no copy of it.
const llrAreas = areas.join('|');

// The key under which the query client remembers this version's check.
const checked = 'street-crime-counts checked';

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
export function ensureStreetCrimeCounts(db: Connector, version?: number): Promise<void> {
	// Two views opening together share one check; the client runs its statements in turn with theirs.
	return queryClient(db).remember(checked, version, () => buildIfStale(queryClient(db), version ?? 0));
}

async function buildIfStale(db: Connector, version: number): Promise<void> {
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
export async function queryCounts(db: Connector, version: number | undefined, sql: string, params: readonly SqlValue[] = []): Promise<Table> {
	const client = queryClient(db);
	await ensureStreetCrimeCounts(client, version);
	try {
		return await client.query(sql, params);
	} catch (error) {
		if (version === undefined || !String(error).includes('street_crime_counts')) throw error;
		client.forget(checked);
		await ensureStreetCrimeCounts(client, version);
		return client.query(sql, params);
	}
}
