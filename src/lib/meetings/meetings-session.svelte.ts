/**
 * This tab's view of the meetings log: the log itself, the last thing said
 * about a save, what undo would take back, and the meetings another tab has
 * changed. Pages read it; every edit goes through `change` or `undo`.
 */
import { getContext, onMount, setContext } from 'svelte';
import { deviceStorage, tabNotices } from '$lib/meetings/device-storage';
import type { LogChange, NewId } from '$lib/meetings/log-changes';
import { emptyLog, type MeetingsLog } from '$lib/meetings/meetings-log';
import { MeetingsStore } from '$lib/meetings/meetings-store';

/** Each id once, in the order first met. */
const unique = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) === index);

/** The tab's meetings log and what was last said about it. */
export class MeetingsSession {
	// Raw: the log is replaced whole at every save, never changed in place.
	log: MeetingsLog = $state.raw(emptyLog);
	loaded = $state(false);
	/** What the last save or undo did, in words, or why it was refused. */
	message = $state('');
	refused = $state(false);
	undoDescription: string | undefined = $state();
	/** Meetings another tab has changed since this tab read them. */
	changedElsewhere: readonly string[] = $state([]);
	// Made in the browser only: prerendering has no IndexedDB, and a channel would keep it running.
	#store = new MeetingsStore({ read: async () => undefined, update: async () => {} });

	/** Reads the log from the device and listens for other tabs; returns how to stop listening. */
	open(): () => void {
		this.#store = new MeetingsStore(deviceStorage(), tabNotices());
		void this.#store.load().then((log) => {
			this.log = log;
			this.undoDescription = this.#store.undoDescription;
			this.loaded = true;
		});
		return this.#store.onChangedElsewhere((ids) => {
			this.changedElsewhere = unique([...this.changedElsewhere, ...ids]);
		});
	}

	/** Saves a change; says what was done, or that another tab got there first. */
	async change(change: LogChange, done: string): Promise<boolean> {
		const result = await this.#store.save(change);
		this.#after(result, done);
		return result.ok;
	}

	/** Takes back the last change. */
	async undo(): Promise<void> {
		const what = this.undoDescription;
		this.#after(await this.#store.undo(), `Undone: ${what ?? 'the last change'}.`);
	}

	#after(result: Awaited<ReturnType<MeetingsStore['save']>>, done: string) {
		this.refused = !result.ok;
		if (result.ok) {
			this.log = result.log;
			this.message = `${done} Saved on this device.`;
		} else {
			this.message = result.message;
			this.changedElsewhere = unique([...this.changedElsewhere, ...result.meetingIds]);
		}
		this.undoDescription = this.#store.undoDescription;
	}
}

/** A short random id with a prefix: unique enough for one OPCC's meetings log. */
export const randomId: NewId = (prefix) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

const sharedKey = Symbol('meetings-session');

/**
 * Opens one session for everything drawn below the calling component (the
 * plan aims' many measure lines, the pack's sections), so the log is read once
 * rather than once for each. Call while a component initialises.
 */
export function shareMeetingsSession(): MeetingsSession {
	const session = new MeetingsSession();
	onMount(() => session.open());
	setContext(sharedKey, session);
	return session;
}

/** The session shared above this component, else one of its own, opened when it mounts. Call while a component initialises. */
export function meetingsSession(): MeetingsSession {
	const shared = getContext<MeetingsSession | undefined>(sharedKey);
	if (shared) return shared;
	const session = new MeetingsSession();
	onMount(() => session.open());
	return session;
}
