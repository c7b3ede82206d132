import { describe, expect, it } from 'vitest';
import { inMemoryNotice, openDatabaseFile, repairedNotice, type FileWorld } from './database-file';

/** A browser as the file finds it: what the lock answers, and what each open of the file does in turn. */
function world({ lock = true, opens = [] as (string | undefined)[], removable = true, canOpen = true } = {}) {
	const calls: string[] = [];
	const queue = [...opens];
	const fake: FileWorld = {
		canOpen,
		async holdLock() {
			calls.push('lock');
			return lock;
		},
		async open() {
			calls.push('open');
			const failure = queue.shift();
			if (failure) throw new Error(failure);
		},
		async openInMemory() {
			calls.push('memory');
		},
		async remove() {
			calls.push('remove');
			if (!removable) throw new DOMException('refused', 'NoModificationAllowedError');
		},
		releaseLock() {
			calls.push('release');
		},
		async wait() {
			calls.push('wait');
		}
	};
	return { fake, calls };
}

const damaged = 'IO Error: The file "opfs://scrutiny-kept.duckdb" exists, but it is not a valid DuckDB database file!';
const held = 'NoModificationAllowedError: Failed to execute createSyncAccessHandle: Access Handles cannot be created if there is another open Access Handle';

describe('opening the database file on this device', () => {
	it('opens the file when this tab takes the lock, and says nothing', async () => {
		const { fake, calls } = world();
		expect(await openDatabaseFile(fake)).toEqual({ inFile: true });
		expect(calls).toEqual(['lock', 'open']);
	});

	it('goes to memory at once, never trying the file, when another tab holds the lock', async () => {
		const { fake, calls } = world({ lock: false });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: false, why: 'another tab' });
		expect(calls).toEqual(['lock', 'memory']);
	});

	it('waits for a reloaded page’s old worker to let go of the file, then opens it', async () => {
		const { fake, calls } = world({ opens: [held, held] });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: true });
		expect(calls).toEqual(['lock', 'open', 'wait', 'open', 'wait', 'open']);
	});

	it('works in memory, and lets go of the lock, when the file stays held; it never removes a file that is only held', async () => {
		const { fake, calls } = world({ opens: [held, held, held, held, held] });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: false, why: 'held' });
		expect(calls).not.toContain('remove');
		expect(calls.slice(-2)).toEqual(['release', 'memory']);
	});

	it('replaces a file the engine cannot read with a fresh one, and tells the user once that nothing was lost', async () => {
		const { fake, calls } = world({ opens: [damaged] });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: true, notice: repairedNotice });
		expect(calls).toEqual(['lock', 'open', 'remove', 'open']);
		expect(repairedNotice).toMatch(/Nothing was lost/);
	});

	it('works in memory, and says so, when the damaged file cannot be removed', async () => {
		const { fake, calls } = world({ opens: [damaged], removable: false });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: false, why: 'unusable', notice: inMemoryNotice });
		expect(calls).toEqual(['lock', 'open', 'remove', 'release', 'memory']);
	});

	it('works in memory, and says so, when even a fresh file will not open', async () => {
		const { fake, calls } = world({ opens: [damaged, 'IO Error: could not create the file'] });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: false, why: 'unusable', notice: inMemoryNotice });
		expect(calls).toEqual(['lock', 'open', 'remove', 'open', 'release', 'memory']);
	});

	it('works in memory, asking for no lock, where the browser has no file system', async () => {
		const { fake, calls } = world({ canOpen: false });
		expect(await openDatabaseFile(fake)).toEqual({ inFile: false, why: 'no file system' });
		expect(calls).toEqual(['memory']);
	});
});
