import { describe, expect, it } from 'vitest';
import { roomNeeded, shortOfRoom } from './device-room';
import { noRoomFailure } from './load-failure';

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
