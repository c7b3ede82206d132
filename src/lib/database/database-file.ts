/**
 * Opening the engine's database file on this device, whatever state it is in.
 *
 * One tab at a time may hold the file (its sync access handle is exclusive).
 * The holder keeps a Web Lock named after the file for as long as it is open,
 * so another tab learns at once that the file is taken and works in memory,
 * rather than trying the file again and again. A reload asks for the lock for
 * a moment longer, since the page it replaces may not have let go yet.
 *
 * A file the engine cannot open (cut short, overwritten, written by a newer
 * engine) is removed and a fresh one made: every dataset in it is also kept
 * in IndexedDB (`datasets/saved-uploads.ts`), and the file's marks go with it,
 * so each is rebuilt from its record and nothing is lost. If even a fresh file
 * cannot be made, the tab works in memory. The user is told either way.
 *
 * The browser is given as a `FileWorld`, so the decisions are tested in Node.
 */

/** The lock a tab holds while it has the database file open. */
export const databaseFileLock = 'scrutiny-kept.duckdb';

/** How the database file could be opened, and what to tell the user (once). */
export interface FileOpening {
	/** The tables live in the file on this device; false: in memory. */
	readonly inFile: boolean;
	/**
	 * Why not in the file: another tab holds its lock; the file itself is held (tried for a second: a tab of
	 * a browser without Web Locks); the browser offers no file system; or the file could not be used.
	 */
	readonly why?: 'another tab' | 'held' | 'no file system' | 'unusable';
	/** Words for the user, when something happened to the file that they should know of. */
	readonly notice?: string;
}

/** What opening the file needs from the browser. */
export interface FileWorld {
	/** Whether the browser offers the origin-private file system the file lives in. */
	readonly canOpen: boolean;
	/** Takes the file's lock and keeps it while the tab is open; false when another tab holds it. */
	holdLock(): Promise<boolean>;
	/** Opens the engine's database in the file (rejects when it cannot). */
	open(): Promise<void>;
	/** Opens the engine's database in memory. */
	openInMemory(): Promise<void>;
	/** Removes the file and its log from the device, so the next `open` makes them afresh. */
	remove(): Promise<void>;
	/** Lets go of the file's lock (the tab works in memory). */
	releaseLock(): void;
	wait(ms: number): Promise<void>;
}

/** What the user is told after a damaged file was replaced. */
export const repairedNotice =
	'The database file this dashboard keeps on this device could not be read, so it was replaced with a new one. Nothing was lost: any dataset you had loaded was rebuilt from the copy this browser keeps, with the same figures.';

/** What the user is told when the file could not be used at all. */
export const inMemoryNotice =
	'The database file this dashboard keeps on this device could not be read or replaced, so this tab holds its data in memory. Nothing was lost: any dataset you had loaded was rebuilt from the copy this browser keeps, with the same figures, but opening the dashboard takes longer and uses more memory. If this keeps happening, reset to the embedded data on the Data page and load your files again.';

/** Whether an engine error says the file is held through another handle (another tab, or a reloaded page's worker not gone yet). */
export function isHeldElsewhere(error: unknown): boolean {
	return /access handle|NoModificationAllowed|InvalidState/i.test(String(error));
}

/** Tries a held file this many times, this far apart: a reloaded page's old worker lets go within a second. */
const attempts = 5;
const apartMs = 250;

/** Opens the database in its file if this tab may and can, else in memory; see the top of this file. */
export async function openDatabaseFile(world: FileWorld): Promise<FileOpening> {
	if (!world.canOpen) return inMemory(world, { inFile: false, why: 'no file system' });
	if (!(await world.holdLock())) return inMemory(world, { inFile: false, why: 'another tab' });
	let failure: unknown;
	for (let attempt = 0; attempt < attempts; attempt++) {
		try {
			await world.open();
			return { inFile: true };
		} catch (error) {
			failure = error;
			if (!isHeldElsewhere(error)) break;
			await world.wait(apartMs);
		}
	}
	// Held all along: a tab without Web Locks holds it. Nothing is wrong with the file.
	if (isHeldElsewhere(failure)) {
		world.releaseLock();
		return inMemory(world, { inFile: false, why: 'held' });
	}
	try {
		await world.remove();
		await world.open();
		return { inFile: true, notice: repairedNotice };
	} catch {
		world.releaseLock();
		return inMemory(world, { inFile: false, why: 'unusable', notice: inMemoryNotice });
	}
}

async function inMemory(world: FileWorld, opening: FileOpening): Promise<FileOpening> {
	await world.openInMemory();
	return opening;
}
