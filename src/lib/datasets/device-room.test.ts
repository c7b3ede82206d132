import { describe, expect, it } from 'vitest';
import { roomNeeded, roomNeededToOpen, shortOfRoom, shortOfRoomToOpen } from './device-room';
import { noRoomFailure, noRoomToOpen } from './load-failure';
import { megabytes } from '$lib/validation/decode-text';

const mb = 1024 * 1024;

describe('room on the device for a load', () => {
	// What loads took on Chromium, measured (see roomNeeded): the rule must cover each, or the engine stops for good.
	it('covers what real and generated loads took on the device', () => {
		const measured = [
			{ what: 'four real months on a device with no database file yet', bytes: 8.8e6, took: 26.8e6 },
			{ what: 'twelve generated months', bytes: 29.7e6, took: 42.0e6 },
			{ what: 'a million rows', bytes: 317.9e6, took: 54.7e6 }
		];
		for (const load of measured) expect(roomNeeded(load.bytes), load.what).toBeGreaterThanOrEqual(load.took);
	});

	it('needs more than the files while the rows go through the log, then a share of them, and 16 MB besides', () => {
		expect(roomNeeded(0)).toBe(16 * mb);
		expect(roomNeeded(10 * mb)).toBe(18 * mb + 16 * mb);
		expect(roomNeeded(300 * mb)).toBe(48 * mb + 180 * mb + 16 * mb);
	});

	it('is short when the browser allows less than the load needs, and says what is needed and free', () => {
		const bytes = 20 * mb;
		const quota = 1000 * mb;
		const usage = quota - (roomNeeded(bytes) - 1);
		expect(shortOfRoom(bytes, { quota, usage })).toEqual({ needed: roomNeeded(bytes), free: roomNeeded(bytes) - 1 });
	});

	it('is not short with exactly the room needed, nor when the browser does not say', () => {
		const bytes = 20 * mb;
		expect(shortOfRoom(bytes, { quota: roomNeeded(bytes) + 5, usage: 5 })).toBeUndefined();
		expect(shortOfRoom(bytes, undefined)).toBeUndefined();
		expect(shortOfRoom(bytes, { quota: 10 })).toBeUndefined();
	});

	it('counts nothing free when the site already uses more than its quota', () => {
		expect(shortOfRoom(mb, { quota: 5 * mb, usage: 6 * mb })).toEqual({ needed: roomNeeded(mb), free: 0 });
	});

	it('tells the user which files, that the device is full, that nothing changed, and what to do', () => {
		const words = noRoomFailure('2022-10-leicestershire-street.csv', roomNeeded(2 * mb), 0);
		expect(words).toContain('2022-10-leicestershire-street.csv');
		expect(words).toMatch(/not enough room on this device/);
		expect(words).toMatch(/Nothing was loaded/);
		expect(words).toMatch(/Free some space/);
	});
});

describe('room on the device to open a meeting snapshot', () => {
	// A year of police.uk files: a 3.8 MB snapshot whose rows are 29 MB uncompressed in the file's log (README, Performance).
	const snapshot = Math.round(3.8 * mb);
	const rowsInTheLog = 29 * mb;

	it('covers a columnar snapshot twice over (database file and IndexedDB) and its rows uncompressed in the log', () => {
		expect(roomNeededToOpen(snapshot, 'columnar')).toBeGreaterThanOrEqual(2 * snapshot + rowsInTheLog);
		// A snapshot of CSV text is opened as a load of that CSV.
		expect(roomNeededToOpen(snapshot, 'csv')).toBe(roomNeeded(snapshot));
	});

	it('is short when the browser allows less than the opening needs, and says what is needed and free', () => {
		const needed = roomNeededToOpen(snapshot, 'columnar');
		expect(shortOfRoomToOpen(snapshot, 'columnar', { quota: 500 * mb, usage: 500 * mb - (needed - 1) })).toEqual({ needed, free: needed - 1 });
		expect(shortOfRoomToOpen(snapshot, 'csv', { quota: 500 * mb, usage: 500 * mb - (roomNeeded(snapshot) - 1) })).toEqual({
			needed: roomNeeded(snapshot),
			free: roomNeeded(snapshot) - 1
		});
	});

	it('is not short with exactly the room needed, nor when the browser does not say', () => {
		const needed = roomNeededToOpen(snapshot, 'columnar');
		expect(shortOfRoomToOpen(snapshot, 'columnar', { quota: needed + 7, usage: 7 })).toBeUndefined();
		expect(shortOfRoomToOpen(snapshot, 'columnar', undefined)).toBeUndefined();
		expect(shortOfRoomToOpen(snapshot, 'columnar', { usage: 7 })).toBeUndefined();
	});

	it('tells the user which file, how much is needed and free, that nothing changed, and what to do', () => {
		const needed = roomNeededToOpen(snapshot, 'columnar');
		const words = noRoomToOpen('scrutiny-snapshot-2026-12-06.zip', needed, 2 * mb);
		expect(words).toMatch(/^scrutiny-snapshot-2026-12-06\.zip was not opened: there is not enough room on this device/);
		expect(words).toContain(`needs about ${megabytes(needed)}`);
		expect(words).toContain(`${megabytes(2 * mb)} more`);
		expect(words).toMatch(/Nothing was changed/);
		expect(words).toMatch(/Free some space on this device .* then open the snapshot again/);
	});
});
