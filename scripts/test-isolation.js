// Which unit test files must run in a module graph of their own. The others share their worker's
// modules (Vitest's `isolate: false`): loading Arrow, arquero and DuckDB once per worker rather than
// once per file halved the suite's CPU time. A file is kept apart when sharing could change what it
// proves: it mocks a module (a mock would reach, or miss, modules another file already loaded), stubs or
// replaces a global or the environment, fakes the clock, or is named below for module state in what it imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What in a test file's source means it must not share modules, each with the reason given for it. */
export const isolationReasons = [
	{ pattern: /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|importActual|importMock)\(/, reason: 'mocks or reloads a module' },
	{ pattern: /\bvi\.(stubGlobal|stubEnv|unstubAllGlobals|unstubAllEnvs)\(/, reason: 'stubs a global or the environment' },
	{ pattern: /\bvi\.(useFakeTimers|setSystemTime|spyOn)\(/, reason: 'fakes the clock or spies on a shared object' },
	{ pattern: /\bglobalThis\.\w+\s*=(?!=)|\bprocess\.env\.\w+\s*=(?!=)|\.prototype\.\w+\s*=(?!=)/, reason: 'replaces a global, the environment or a prototype' },
	{ pattern: /\bObject\.defineProperty\(\s*(globalThis|process|navigator)\b/, reason: 'replaces a global' }
];

/**
 * Files kept apart for what they import, not what they say: the model runs' fixtures hold the open
 * database and the stores made in module variables, which each file's run sets up and closes.
 */
/** @type {Record<string, string>} */
export const isolatedByName = {
	'src/lib/datasets/dataset-store.model.test.ts': 'its fixtures keep the open database in module state',
	'src/lib/datasets/dataset-store-file.model.test.ts': 'its fixtures keep the open database in module state'
};

/**
 * Why a test file's source needs a module graph of its own, or undefined when it may share.
 * @param {string} source
 * @returns {string | undefined}
 */
export function isolationReason(source) {
	return isolationReasons.find(({ pattern }) => pattern.test(source))?.reason;
}

/**
 * The test files (`*.test.ts`) under `folders` of `root` that must run isolated, as paths from `root`, sorted.
 * @param {string} root
 * @param {readonly string[]} folders
 * @returns {string[]}
 */
export function isolatedTestFiles(root, folders) {
	const files = folders.flatMap((folder) =>
		readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.test.ts') && !file.split('/').includes('node_modules'))
			.map((file) => `${folder}/${file}`)
	);
	return files.filter((file) => file in isolatedByName || isolationReason(readFileSync(join(root, file), 'utf8')) !== undefined).sort();
}
