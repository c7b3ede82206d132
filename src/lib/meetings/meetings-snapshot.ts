/**
 * The meetings log inside a meeting snapshot: each of its six datasets as the
 * CSV its download gives, so the snapshot carries the log in the same form the
 * performance lead keeps it, and opening it checks each file against its
 * contract and the records it names, as loading the CSV on the Meetings page does.
 */
import { describeProblem } from '$lib/validation/problem';
import { meetingsCsv, meetingsDatasets, readMeetingsCsv } from './meetings-csv';
import { emptyLog, type MeetingsLog } from './meetings-log';

/** The log in a snapshot: one CSV text per dataset. */
export type MeetingsSnapshot = { readonly [K in keyof MeetingsLog]: string };

/** The log as the snapshot holds it. */
export function meetingsToSnapshot(log: MeetingsLog): MeetingsSnapshot {
	const part: Partial<Record<keyof MeetingsLog, string>> = {};
	for (const dataset of meetingsDatasets) part[dataset] = meetingsCsv(dataset, log[dataset] as never);
	return part as MeetingsSnapshot;
}

/**
 * The log a snapshot holds, each dataset checked against its contract and
 * against the records read before it (meetings first), or why it cannot be
 * read. A snapshot saved before the log travelled in it has none: undefined.
 */
export function meetingsFromSnapshot(part: unknown): { ok: true; log: MeetingsLog | undefined } | { ok: false; reason: string } {
	if (part === undefined) return { ok: true, log: undefined };
	if (typeof part !== 'object' || part === null) return { ok: false, reason: 'its meetings log is not in the form this dashboard writes.' };
	const texts = part as Partial<Record<string, unknown>>;
	let log: MeetingsLog = emptyLog;
	for (const dataset of meetingsDatasets) {
		const text = texts[dataset];
		if (typeof text !== 'string') return { ok: false, reason: `its meetings log has no ${dataset} file.` };
		const read = readMeetingsCsv(dataset, `${dataset} in the snapshot's meetings log`, text, log);
		if (!read.ok) return { ok: false, reason: `${describeProblem(read.problems[0]!)} (${read.problems.length} problems in all)` };
		log = { ...log, [dataset]: read.rows };
	}
	return { ok: true, log };
}
