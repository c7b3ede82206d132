import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedByName, isolatedTestFiles, isolationReason } from './test-isolation.js';

const root = join(import.meta.dirname, '..');

describe('which unit test files keep a module graph of their own', () => {
	it.each([
		["vi.mock('$app/state', () => ({ page }));", 'mocks or reloads a module'],
		["const real = await vi.importActual('./x');", 'mocks or reloads a module'],
		["vi.stubGlobal('localStorage', storage);", 'stubs a global or the environment'],
		["vi.stubEnv('TZ', 'UTC');", 'stubs a global or the environment'],
		['vi.useFakeTimers();', 'fakes the clock or spies on a shared object'],
		["vi.spyOn(console, 'warn');", 'fakes the clock or spies on a shared object'],
		['globalThis.Function = blocked;', 'replaces a global, the environment or a prototype'],
		["process.env.TZ = 'UTC';", 'replaces a global, the environment or a prototype'],
		['Date.prototype.getTime = () => 0;', 'replaces a global, the environment or a prototype'],
		["Object.defineProperty(globalThis, 'navigator', { value });", 'replaces a global']
	])('keeps apart a file that says %s', (source, reason) => {
		expect(isolationReason(`import { vi } from 'vitest';\n${source}\n`)).toBe(reason);
	});

	it('lets a file share that only reads globals, compares them or uses vi for spies of its own', () => {
		expect(isolationReason("if (globalThis.Function === real && process.env.TZ == 'x') vi.fn();")).toBeUndefined();
		expect(isolationReason("import { expect, it } from 'vitest';\nit('adds', () => expect(1 + 1).toBe(2));")).toBeUndefined();
	});

	it('keeps apart every file of the tree that mocks, stubs or replaces, and the files named for what they import', () => {
		const files = ['src', 'scripts'].flatMap((folder) =>
			readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.test.ts'))
				.map((file) => `${folder}/${file}`)
		);
		const mocking = files.filter((file) => /\bvi\.(mock|stubGlobal)\(|globalThis\.\w+ = /.test(readFileSync(join(root, file), 'utf8')));
		const isolated = isolatedTestFiles(root, ['src', 'scripts']);
		expect(mocking.length).toBeGreaterThan(0);
		expect(isolated).toEqual(expect.arrayContaining([...mocking, ...Object.keys(isolatedByName)]));
		// Most files share: isolating every one would bring back the time this saves.
		expect(isolated.length).toBeLessThan(files.length / 4);
	});

	it('names only files that exist, so a renamed file is not quietly shared', () => {
		for (const file of Object.keys(isolatedByName)) expect(existsSync(join(root, file)), file).toBe(true);
	});
});
