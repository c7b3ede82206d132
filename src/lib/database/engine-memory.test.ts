import { describe, expect, it } from 'vitest';
import { engineMemoryLimitMb, isOutOfMemory } from './engine-memory';

describe('engineMemoryLimitMb', () => {
	it('gives the engine an eighth of the device, 256 to 512 MB, when the datasets are in the file on the device', () => {
		expect(engineMemoryLimitMb(8, true)).toBe(512);
		expect(engineMemoryLimitMb(4, true)).toBe(512);
		expect(engineMemoryLimitMb(2, true)).toBe(256);
		expect(engineMemoryLimitMb(0.5, true)).toBe(256);
	});

	it('keeps at least 1 GB in memory alone, where every row stays in the engine', () => {
		expect(engineMemoryLimitMb(8, false)).toBe(4096);
		expect(engineMemoryLimitMb(1, false)).toBe(1024);
	});

	it('takes 4 GB for a browser that does not say (Firefox, Safari)', () => {
		expect(engineMemoryLimitMb(undefined, true)).toBe(engineMemoryLimitMb(4, true));
		expect(engineMemoryLimitMb(undefined, false)).toBe(engineMemoryLimitMb(4, false));
	});
});

describe('isOutOfMemory', () => {
	it("knows DuckDB's out-of-memory error and nothing else", () => {
		expect(isOutOfMemory(new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (286.1 MiB/286.1 MiB used)'))).toBe(true);
		expect(isOutOfMemory(new Error('Catalog Error: Table with name street_crime does not exist!'))).toBe(false);
	});
});
