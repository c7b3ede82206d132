/**
 * A meeting snapshot: every dataset's rows as CSV, plus the page and filters
 * on screen, in one JSON file. Opened later, on any device, it rebuilds the
 * same tables and opens the same page, so the figures a meeting saw can be
 * shown again months later, whatever has been loaded since. It carries the
 * meetings log too (meetings, agendas, ratings, actions, updates, decisions),
 * so the actions and assurance beside the figures come back with them.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import type { MeetingsLog } from '$lib/meetings/meetings-log';
import { meetingsFromSnapshot, meetingsToSnapshot, type MeetingsSnapshot } from '$lib/meetings/meetings-snapshot';
import { checkCsv } from '$lib/validation/check-csv';
import { describeProblem } from '$lib/validation/problem';

export const snapshotFormat = 'scrutiny-meeting-snapshot';

/** The file's contents. */
export interface Snapshot {
	readonly format: typeof snapshotFormat;
	readonly version: 1;
	readonly createdAt: string;
	/** Path and query string of the page on screen, e.g. "/custody-visiting?period=2023%2F24". */
	readonly page: string;
	readonly marking: string;
	readonly datasets: readonly { readonly id: string; readonly files: readonly string[]; readonly rows: number; readonly csv: string }[];
	/** The meetings log as CSV, one text per dataset; absent from snapshots saved before it travelled in them. */
	readonly meetings?: MeetingsSnapshot;
}

/** Builds a snapshot from each dataset's rows (as CSV in contract order) and the page on screen. */
export function makeSnapshot(page: string, datasets: Snapshot['datasets'], createdAt: string, marking = 'OFFICIAL', meetings?: MeetingsLog): Snapshot {
	const snapshot: Snapshot = { format: snapshotFormat, version: 1, createdAt, page, marking, datasets };
	return meetings ? { ...snapshot, meetings: meetingsToSnapshot(meetings) } : snapshot;
}

/**
 * Reads a snapshot file, checking every dataset in it against today's
 * contracts; with the meetings log it holds (undefined for a snapshot saved before the log travelled in them).
 */
export function readSnapshot(
	text: string,
	contracts: readonly DatasetContract[]
): { ok: true; snapshot: Snapshot; meetings: MeetingsLog | undefined } | { ok: false; reason: string } {
	let parsed: unknown;
	try {
		// Snapshots saved before November 2026 begin with a byte-order mark; they still open.
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, reason: 'this is not a meeting snapshot file (it is not JSON).' };
	}
	const snapshot = parsed as Partial<Snapshot>;
	if (snapshot.format !== snapshotFormat || snapshot.version !== 1 || !Array.isArray(snapshot.datasets) || typeof snapshot.page !== 'string') {
		return { ok: false, reason: 'this is not a meeting snapshot file made by this dashboard.' };
	}
	if (!snapshot.page.startsWith('/') || snapshot.page.startsWith('//')) return { ok: false, reason: 'the snapshot names a page outside the dashboard.' };
	for (const dataset of snapshot.datasets) {
		const contract = contracts.find((c) => c.id === dataset.id);
		if (!contract) return { ok: false, reason: `the snapshot holds a dataset "${dataset.id}" that this dashboard does not know.` };
		const check = checkCsv(`${dataset.id} in the snapshot`, dataset.csv, contract);
		const problems = dataset.rows === 0 ? check.problems.filter((p) => p.found !== 'the header only') : check.problems;
		if (problems[0]) return { ok: false, reason: `${describeProblem(problems[0])} (${problems.length} problems in all)` };
		if (check.rowCount !== dataset.rows) return { ok: false, reason: `${dataset.id}: the snapshot says ${dataset.rows} rows but holds ${check.rowCount}.` };
	}
	const meetings = meetingsFromSnapshot(snapshot.meetings);
	if (!meetings.ok) return { ok: false, reason: meetings.reason };
	return { ok: true, snapshot: snapshot as Snapshot, meetings: meetings.log };
}
