/**
 * The meetings log kept on this device. Every change is saved at once; the
 * last change can be undone (after a reload too); and two tabs editing the
 * same meeting are caught, not silently overwritten.
 *
 * Lifecycle: `load()` reads the saved record and remembers the version of
 * every meeting this tab has seen. `save(change)` applies the change to the
 * record as saved at that moment, in one transaction, unless another tab has
 * since changed a meeting the change touches; then nothing is saved and the
 * answer says so. Each save is announced to the other tabs, which can tell
 * their user "This meeting was changed in another tab: reload to see it".
 */
import type { LogChange } from './log-changes';
import { emptyLog, type MeetingsLog } from './meetings-log';

/** A version per meeting id: how many saved changes have touched it. */
export type Versions = Readonly<Record<string, number>>;

/** The record kept on the device. */
export interface StoredLog {
	readonly log: MeetingsLog;
	/** Counts every saved change and undo, on any tab. */
	readonly revision: number;
	readonly versions: Versions;
	/** The log before the last change, while that change is still the last. */
	readonly undo?: { readonly log: MeetingsLog; readonly description: string; readonly meetingIds: readonly string[]; readonly afterRevision: number };
}

/** Where the record is kept: IndexedDB in the app, a variable in tests. */
export interface LogStorage {
	read(): Promise<StoredLog | undefined>;
	/** Replaces the record with what `updater` makes of it, in one transaction. */
	update(updater: (old: StoredLog | undefined) => StoredLog): Promise<void>;
}

/** A saved change, as told to the other tabs. */
export interface ChangeNotice {
	readonly meetingIds: readonly string[];
	readonly revision: number;
}

/** How tabs tell each other about saved changes: a BroadcastChannel in the app. */
export interface ChangeNotices {
	post(notice: ChangeNotice): void;
	/** Calls `heard` for each notice from another tab; returns how to stop. */
	listen(heard: (notice: ChangeNotice) => void): () => void;
}

/** What a save or an undo came to. */
export type SaveResult = { readonly ok: true; readonly log: MeetingsLog } | { readonly ok: false; readonly meetingIds: readonly string[]; readonly message: string };

type Refused = Extract<SaveResult, { ok: false }>;

/** Said when another tab has changed what this tab is about to change. */
export const changedElsewhere = 'This meeting was changed in another tab: reload to see it. Your change was not saved.';

const blank: StoredLog = { log: emptyLog, revision: 0, versions: {} };

const everyMeeting = (...logs: MeetingsLog[]) => [...new Set(logs.flatMap((log) => log.meetings.map((m) => m.id)))];

/** The meetings log on this device, for one tab. */
export class MeetingsStore {
	#seen: Versions = {};
	#record: StoredLog = blank;
	#queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly storage: LogStorage,
		private readonly notices?: ChangeNotices
	) {}

	/** Reads the saved log; from now on, changes other tabs make to it are detected. */
	async load(): Promise<MeetingsLog> {
		this.#record = (await this.storage.read()) ?? blank;
		this.#seen = this.#record.versions;
		return this.#record.log;
	}

	/** The log as this tab last read or saved it. */
	get log(): MeetingsLog {
		return this.#record.log;
	}

	/** What undo would take back, or undefined when there is nothing to undo. */
	get undoDescription(): string | undefined {
		return this.#record.undo?.description;
	}

	/** Applies a change to the saved log and saves it, unless another tab changed a meeting it touches. */
	save(change: LogChange): Promise<SaveResult> {
		return this.#inTurn(() =>
			this.#transact((old) => {
				const refusal = this.#refusal(old, change.meetingIds ?? everyMeeting(old.log));
				if (refusal) return refusal;
				const log = change.apply(old.log);
				const touched = change.meetingIds ?? everyMeeting(old.log, log);
				const revision = old.revision + 1;
				const undo = { log: old.log, description: change.description, meetingIds: touched, afterRevision: revision };
				return { touched, record: { log, revision, versions: bump(old.versions, touched), undo } };
			})
		);
	}

	/** Takes back the last change saved on this device, if it is still the last and this tab has seen it. */
	undo(): Promise<SaveResult> {
		return this.#inTurn(() =>
			this.#transact((old) => {
				const undo = old.undo;
				if (!undo || undo.afterRevision !== old.revision) {
					return { ok: false, meetingIds: [], message: 'There is no change to undo: it was undone already, or another tab has changed the log since.' };
				}
				const refusal = this.#refusal(old, undo.meetingIds);
				if (refusal) return refusal;
				const touched = undo.meetingIds;
				return { touched, record: { log: undo.log, revision: old.revision + 1, versions: bump(old.versions, touched) } };
			})
		);
	}

	/** Calls `heard` with the meetings another tab has changed; returns how to stop listening. */
	onChangedElsewhere(heard: (meetingIds: readonly string[]) => void): () => void {
		return this.notices?.listen((notice) => heard(notice.meetingIds)) ?? (() => {});
	}

	/** A refusal naming the touched meetings another tab changed since this tab saw them, or undefined. */
	#refusal(old: StoredLog, touched: readonly string[]): Refused | undefined {
		const changed = touched.filter((id) => (old.versions[id] ?? 0) !== (this.#seen[id] ?? 0));
		return changed.length > 0 ? { ok: false, meetingIds: changed, message: changedElsewhere } : undefined;
	}

	/** One read-change-write of the saved record; a refusal leaves it as it was. Tells the other tabs what changed. */
	async #transact(make: (old: StoredLog) => Refused | { touched: readonly string[]; record: StoredLog }): Promise<SaveResult> {
		// A holder, not a variable: what the updater sets is read after the await.
		const outcome: { made?: ReturnType<typeof make> } = {};
		await this.storage.update((saved) => {
			const old = saved ?? blank;
			const made = make(old);
			outcome.made = made;
			return 'record' in made ? made.record : old;
		});
		const made = outcome.made;
		if (!made) return { ok: false, meetingIds: [], message: 'The meetings log could not be saved on this device.' };
		if (!('record' in made)) return made;
		this.#record = made.record;
		this.#seen = made.record.versions;
		this.notices?.post({ meetingIds: made.touched, revision: made.record.revision });
		return { ok: true, log: made.record.log };
	}

	/** Runs saves one after another, so each sees the versions the one before left. */
	#inTurn<T>(work: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(work, work);
		this.#queue = next.catch(() => undefined);
		return next;
	}
}

/** Versions with each of these meetings one higher. */
function bump(versions: Versions, ids: readonly string[]): Versions {
	const next: Record<string, number> = { ...versions };
	for (const id of ids) next[id] = (next[id] ?? 0) + 1;
	return next;
}
