/**
 * A meeting snapshot: every dataset, plus the page and filters on screen, in
 * one file. Opened later, on any device, it rebuilds the same tables and
 * opens the same page, so the figures a meeting saw can be shown again months
 * later, whatever has been loaded since. It carries the meetings log too
 * (meetings, agendas, ratings, actions, updates, decisions), so the actions
 * and assurance beside the figures come back with them.
 *
 * Since December 2026 (version 2) the file is a ZIP holding `manifest.json`
 * (page, filters, marking, versions, each dataset's provenance, the meetings
 * log) and each dataset in the columnar form it is kept in on the device
 * (`datasets/<id>.arrow.gz`, see `columnar-form.ts`: typed columns since
 * December 2026, every column as text before, both read); opening it hands those
 * to the code that reopens a dataset after a reload. A ZIP (fflate) because
 * any computer can open one to see what is inside, and the parts need no
 * second compression. Version 1 files (JSON with each dataset as CSV text,
 * some starting with a byte-order mark) still open, through the CSV check.
 * Each dataset's manifest entry carries the fingerprint of the rows it was
 * written from and its part's SHA-256 (`rows-fingerprint.ts`), so a tab that
 * holds the same rows already need not store them again.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DatasetContract } from '$lib/contracts/contract';
import type { MeetingsLog } from '$lib/meetings/meetings-log';
import { meetingsFromSnapshot, meetingsToSnapshot, type MeetingsSnapshot } from '$lib/meetings/meetings-snapshot';
import { checkCsv } from '$lib/validation/check-csv';
import { decodeText } from '$lib/validation/decode-text';
import { describeProblem } from '$lib/validation/problem';
import { columnarFormat, keptColumns, readableFormats } from './columnar-form';
import { sha256OfBytes } from './file-copy';
import type { KeptTable } from './saved-uploads';

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

/** A dataset as a version 2 snapshot's manifest describes it; its rows are the part named. */
export interface SnapshotDataset {
	readonly id: string;
	/** The ZIP entry holding its columnar form. */
	readonly part: string;
	readonly kept: Omit<KeptTable, 'bytes'>;
	/**
	 * Proof of what it holds (`rows-fingerprint.ts`): the fingerprint of the table it was written from and the
	 * SHA-256 of its part. A tab holding a table of the same fingerprint leaves it as it is. Absent from snapshots
	 * saved before December 2026's afternoon, which open in full.
	 */
	readonly fingerprint?: SnapshotFingerprint;
}

/** What proves a snapshot's dataset is the same as a table a tab holds. */
export interface SnapshotFingerprint {
	readonly rows: string;
	readonly partSha256: string;
}

/** `manifest.json` of a version 2 snapshot. */
export interface SnapshotManifest {
	readonly format: typeof snapshotFormat;
	readonly version: 2;
	readonly createdAt: string;
	readonly page: string;
	readonly marking: string;
	/** What wrote it: the form of each dataset's part and the columns each contract had. */
	readonly versions: { readonly form: string; readonly columns: Readonly<Record<string, readonly string[]>> };
	readonly datasets: readonly SnapshotDataset[];
	readonly meetings?: MeetingsSnapshot;
}

/** A snapshot read and checked, in either version, ready to open. */
export interface OpenedSnapshot {
	readonly version: 1 | 2;
	readonly createdAt: string;
	readonly page: string;
	readonly datasets: readonly (
		| { readonly id: string; readonly files: readonly string[]; readonly rows: number; readonly csv: string }
		| { readonly id: string; readonly kept: KeptTable; readonly format: string; readonly fingerprint?: SnapshotFingerprint }
	)[];
}

const manifestName = 'manifest.json';

/** The snapshot file (version 2): a ZIP of the manifest and each dataset's columnar form. */
export function makeSnapshotFile(
	page: string,
	datasets: readonly { contract: DatasetContract; kept: KeptTable; rowsFingerprint?: string }[],
	createdAt: string,
	marking = 'OFFICIAL',
	meetings?: MeetingsLog
): Promise<Blob> {
	return (async () => {
		const entries: Zippable = {};
		const described: SnapshotDataset[] = [];
		for (const { contract, kept, rowsFingerprint } of datasets) {
			const part = `datasets/${contract.id}.arrow.gz`;
			const bytes = await kept.bytes.arrayBuffer();
			// Stored, not deflated again: the part is gzip already.
			entries[part] = [new Uint8Array(bytes), { level: 0 }];
			const { bytes: _bytes, ...rest } = kept;
			const fingerprint = rowsFingerprint === undefined ? undefined : { rows: rowsFingerprint, partSha256: await sha256OfBytes(bytes) };
			described.push({ id: contract.id, part, kept: rest, ...(fingerprint ? { fingerprint } : {}) });
		}
		const manifest: SnapshotManifest = {
			format: snapshotFormat,
			version: 2,
			createdAt,
			page,
			marking,
			versions: { form: columnarFormat, columns: Object.fromEntries(datasets.map(({ contract }) => [contract.id, contract.columns.map((column) => column.name)])) },
			datasets: described,
			...(meetings ? { meetings: meetingsToSnapshot(meetings) } : {})
		};
		// JSON as UTF-8 with no byte-order mark, which common JSON readers refuse.
		entries[manifestName] = strToU8(JSON.stringify(manifest, null, 1));
		return new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
	})();
}

type Read = { ok: true; snapshot: OpenedSnapshot; meetings: MeetingsLog | undefined } | { ok: false; reason: string };

/**
 * Reads a snapshot file of either version and checks it against today's
 * contracts, changing nothing: a version 1 file's datasets through the CSV
 * check, a version 2 file's by their columns (their row counts and types are
 * checked as they are opened, before anything is replaced).
 */
export async function readSnapshotFile(bytes: Uint8Array, contracts: readonly DatasetContract[]): Promise<Read> {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (!zip) {
		const decoded = decodeText(bytes);
		if (!decoded.ok) return { ok: false, reason: decoded.reason };
		const read = readSnapshot(decoded.text, contracts);
		return read.ok ? { ...read, snapshot: { version: 1, createdAt: read.snapshot.createdAt, page: read.snapshot.page, datasets: read.snapshot.datasets } } : read;
	}
	let parts: Record<string, Uint8Array>;
	try {
		parts = unzipSync(bytes);
	} catch {
		return { ok: false, reason: 'this ZIP file cannot be read (it may be incomplete).' };
	}
	const manifestBytes = parts[manifestName];
	if (!manifestBytes) return { ok: false, reason: 'this is not a meeting snapshot file made by this dashboard (it has no manifest).' };
	let manifest: Partial<SnapshotManifest>;
	try {
		manifest = JSON.parse(strFromU8(manifestBytes)) as Partial<SnapshotManifest>;
	} catch {
		return { ok: false, reason: 'its manifest is not JSON.' };
	}
	if (manifest.format !== snapshotFormat || typeof manifest.version !== 'number') return { ok: false, reason: 'this is not a meeting snapshot file made by this dashboard.' };
	if (manifest.version > 2)
		return { ok: false, reason: `it was saved by a newer version of the dashboard (snapshot version ${manifest.version}); open it there, or update this one.` };
	if (manifest.version !== 2 || !Array.isArray(manifest.datasets) || typeof manifest.page !== 'string' || typeof manifest.createdAt !== 'string')
		return { ok: false, reason: 'this is not a meeting snapshot file made by this dashboard.' };
	if (!manifest.page.startsWith('/') || manifest.page.startsWith('//')) return { ok: false, reason: 'the snapshot names a page outside the dashboard.' };
	if (!readableFormats.includes(String(manifest.versions?.form)))
		return { ok: false, reason: `its datasets are kept in a form this dashboard does not read (${String(manifest.versions?.form)}).` };
	const datasets: { id: string; kept: KeptTable; format: string; fingerprint?: SnapshotFingerprint }[] = [];
	for (const dataset of manifest.datasets) {
		const contract = contracts.find((c) => c.id === dataset.id);
		if (!contract) return { ok: false, reason: `the snapshot holds a dataset "${dataset.id}" that this dashboard does not know.` };
		const part = parts[dataset.part];
		if (!part) return { ok: false, reason: `${dataset.id}: the snapshot names ${dataset.part} but does not hold it.` };
		const expected = contract.columns.map((column) => column.name);
		const bytes = new Blob([part as Uint8Array<ArrayBuffer>]);
		// The columns only: every part is read whole once, as it is opened, where its rows and types are checked
		// before anything is replaced (reading each twice cost a tenth of a second for a year of police.uk files).
		let columns;
		try {
			columns = await keptColumns(bytes);
		} catch {
			return { ok: false, reason: `${dataset.id}: its rows cannot be read (${dataset.part} is damaged).` };
		}
		if (columns.join('\n') !== expected.join('\n'))
			return { ok: false, reason: `${dataset.id}: the snapshot's columns (${columns.join(', ')}) are not the ones this dashboard reads (${expected.join(', ')}).` };
		if (!Number.isInteger(dataset.kept?.rows) || dataset.kept.rows < 0) return { ok: false, reason: `${dataset.id}: the snapshot does not say how many rows it holds.` };
		// A fingerprint not in the shape this version writes is no proof: the dataset then opens in full.
		const fingerprint =
			typeof dataset.fingerprint?.rows === 'string' && typeof dataset.fingerprint.partSha256 === 'string'
				? { rows: dataset.fingerprint.rows, partSha256: dataset.fingerprint.partSha256 }
				: undefined;
		datasets.push({ id: dataset.id, kept: { ...dataset.kept, bytes }, format: String(manifest.versions?.form), ...(fingerprint ? { fingerprint } : {}) });
	}
	const meetings = meetingsFromSnapshot(manifest.meetings);
	if (!meetings.ok) return { ok: false, reason: meetings.reason };
	return { ok: true, snapshot: { version: 2, createdAt: manifest.createdAt, page: manifest.page, datasets }, meetings: meetings.log };
}
