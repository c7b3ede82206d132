/**
 * The meetings log to and from CSV, one file per dataset, with the columns of
 * its contract; a file read back goes through the same contract check as any
 * extract, and is taken all or nothing.
 */
import Papa from 'papaparse';
import type { DatasetContract } from '$lib/contracts/contract';
import * as contracts from '$lib/contracts/meetings';
import { checkCsv } from '$lib/validation/check-csv';
import type { Problem } from '$lib/validation/problem';
import { unknownReferences } from './log-references';
import type { MeetingsLog } from './meetings-log';

type Row<K extends keyof MeetingsLog> = MeetingsLog[K][number];
type CsvRecord = Record<string, string>;

/** How one dataset's rows become CSV records and back. */
interface Codec<K extends keyof MeetingsLog> {
	readonly contract: DatasetContract;
	readonly toRecord: (row: Row<K>) => CsvRecord;
	readonly fromRecord: (record: CsvRecord) => Row<K>;
}

// Lists of measures or views sit in one cell, separated by semicolons.
const joinList = (values: readonly string[]) => values.join('; ');
const splitList = (cell: string) =>
	cell
		.split(';')
		.map((value) => value.trim())
		.filter((value) => value !== '');

const codecs: { readonly [K in keyof MeetingsLog]: Codec<K> } = {
	meetings: {
		contract: contracts.meetings,
		toRecord: (m) => ({ meeting_id: m.id, meeting_name: m.name, meeting_type: m.type, meeting_date: m.date, status: m.status }),
		fromRecord: (r) => ({
			id: r.meeting_id!,
			name: r.meeting_name!,
			type: r.meeting_type as Row<'meetings'>['type'],
			date: r.meeting_date!,
			status: r.status as Row<'meetings'>['status']
		})
	},
	agendaItems: {
		contract: contracts.agendaItems,
		toRecord: (i) => ({
			item_id: i.id,
			meeting_id: i.meetingId,
			item_number: String(i.number),
			topic: i.topic,
			measure_ids: joinList(i.measureIds),
			view_paths: joinList(i.viewPaths),
			period: i.period
		}),
		fromRecord: (r) => ({
			id: r.item_id!,
			meetingId: r.meeting_id!,
			number: Number(r.item_number),
			topic: r.topic!,
			measureIds: splitList(r.measure_ids!),
			viewPaths: splitList(r.view_paths!),
			period: r.period!
		})
	},
	assuranceRatings: {
		contract: contracts.assuranceRatings,
		toRecord: (a) => ({ item_id: a.itemId, rating: a.rating, reason: a.reason, rated_on: a.ratedOn }),
		fromRecord: (r) => ({ itemId: r.item_id!, rating: r.rating as Row<'assuranceRatings'>['rating'], reason: r.reason!, ratedOn: r.rated_on! })
	},
	actions: {
		contract: contracts.actions,
		toRecord: (a) => ({
			action_id: a.id,
			action: a.action,
			owner: a.owner,
			raised_at: a.raisedAt,
			on_log_of: a.onLogOf,
			measure_id: a.measureId,
			view_path: a.viewPath,
			due_date: a.dueDate,
			status: a.status,
			closed_on: a.closedOn
		}),
		fromRecord: (r) => ({
			id: r.action_id!,
			action: r.action!,
			owner: r.owner!,
			raisedAt: r.raised_at!,
			onLogOf: r.on_log_of!,
			measureId: r.measure_id!,
			viewPath: r.view_path!,
			dueDate: r.due_date!,
			status: r.status as Row<'actions'>['status'],
			closedOn: r.closed_on!
		})
	},
	actionUpdates: {
		contract: contracts.actionUpdates,
		toRecord: (u) => ({ update_id: u.id, action_id: u.actionId, update_date: u.date, update: u.update }),
		fromRecord: (r) => ({ id: r.update_id!, actionId: r.action_id!, date: r.update_date!, update: r.update! })
	},
	decisions: {
		contract: contracts.decisions,
		toRecord: (d) => ({ decision_id: d.id, meeting_id: d.meetingId, decision: d.decision, decided_by: d.decidedBy, decision_date: d.date }),
		fromRecord: (r) => ({ id: r.decision_id!, meetingId: r.meeting_id!, decision: r.decision!, decidedBy: r.decided_by!, date: r.decision_date! })
	}
};

/** The log's datasets in the order the Meetings page offers them. */
export const meetingsDatasets = Object.keys(codecs) as (keyof MeetingsLog)[];

/** The contract a dataset of the log follows. */
export function contractOf(dataset: keyof MeetingsLog): DatasetContract {
	return codecs[dataset].contract;
}

/**
 * A text cell made safe for a spreadsheet, reversibly: one that starts with
 * = + - @, a tab or a return (after any apostrophes) gains one apostrophe,
 * which Excel hides and reading back removes, so the text comes back exactly.
 */
export function escapeCell(cell: string): string {
	return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The text escapeCell was given. */
export function unescapeCell(cell: string): string {
	return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** One dataset of the log as CSV: the contract's header, then one row per record. */
export function meetingsCsv<K extends keyof MeetingsLog>(dataset: K, rows: MeetingsLog[K]): string {
	const { contract, toRecord } = codecs[dataset];
	const fields = contract.columns.map((column) => column.name);
	const data = (rows as readonly Row<K>[]).map((row) => {
		const record = toRecord(row);
		return contract.columns.map((column) => {
			const cell = record[column.name] ?? '';
			return column.type === 'text' ? escapeCell(cell) : cell;
		});
	});
	return Papa.unparse({ fields, data }, { newline: '\r\n' }) + '\r\n';
}

/** A dataset read from CSV: its rows when the file meets the contract, its problems when not. */
export type ReadResult<K extends keyof MeetingsLog> = { readonly ok: true; readonly rows: MeetingsLog[K] } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads one dataset of the log from CSV, checked against its contract and,
 * when a log is given, against the meetings, items and actions it holds;
 * nothing is taken from a file with problems.
 */
export function readMeetingsCsv<K extends keyof MeetingsLog>(dataset: K, file: string, text: string, log?: MeetingsLog): ReadResult<K> {
	const { contract, fromRecord } = codecs[dataset];
	const textColumns = new Set(contract.columns.filter((column) => column.type === 'text').map((column) => column.name));
	const rows: Row<K>[] = [];
	const referenceProblems: Problem[] = [];
	const { problems: contractProblems } = checkCsv(file, text, contract, (line, fields, header) => {
		const record: CsvRecord = {};
		header.forEach((name, index) => {
			const cell = fields[index] ?? '';
			record[name] = textColumns.has(name) ? unescapeCell(cell) : cell;
		});
		rows.push(fromRecord(record));
		for (const unknown of log ? unknownReferences(dataset, record, log) : []) {
			const found = unknown.value === '' ? 'a blank cell' : `"${unknown.value}", which the log does not hold`;
			referenceProblems.push({ file, line, column: unknown.column, columnNumber: header.indexOf(unknown.column) + 1, expected: unknown.expected, found });
		}
	});
	const problems = [...contractProblems, ...referenceProblems].sort((a, b) => a.line - b.line || a.columnNumber - b.columnNumber);
	// A log may well have no decisions or updates yet: a header alone is an empty dataset here.
	const headerOnly = rows.length === 0 && problems.length === 1 && problems[0]?.found === 'the header only';
	return problems.length > 0 && !headerOnly ? { ok: false, problems } : { ok: true, rows: rows as unknown as MeetingsLog[K] };
}
