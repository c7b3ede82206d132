// `npm run check`: the type check (svelte-check), the linter (ESLint) and the layout check
// (Prettier) side by side. Each runs on one core, so on a 2-core machine they take about as long
// as the slowest rather than their sum. Each one's output is printed whole once it ends, not interleaved;
// the check fails if any does. Prettier starts at once; `svelte-kit sync` (which writes the types and the
// tsconfig that the other two read) runs beside it, and they start when it is done. Each tool is run by
// Node from its own package, not through npx, which cost about 0.4 s of CPU time apiece.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The script a package runs as its command (its package.json's `bin`). */
function bin(pkg, name) {
	const manifest = require.resolve(`${pkg}/package.json`);
	const { bin } = require(manifest);
	return join(dirname(manifest), typeof bin === 'string' ? bin : bin[name]);
}

const sync = ['svelte-kit sync', [bin('@sveltejs/kit', 'svelte-kit'), 'sync']];
// Layout is Prettier's (`.prettierrc.json`); `npm run format` rewrites a file that differs.
const prettier = ['prettier', [bin('prettier', 'prettier'), '--check', '--log-level', 'warn', '.']];
const afterSync = [
	['svelte-check', [bin('svelte-check', 'svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	// The cache only speeds a second run on the same checkout; a clean clone lints everything
	// (ESLINT_CACHE_LOCATION set to an empty folder lints everything as a clean clone would, to measure it).
	['eslint', [bin('eslint', 'eslint'), '--cache', '--cache-location', process.env.ESLINT_CACHE_LOCATION ?? 'node_modules/.cache/eslint/', '.']]
];

/** Runs one check, keeping its output; resolves with its exit code. */
function run([name, args]) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			process.stdout.write(Buffer.concat(output));
			console.log(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			resolve(code ?? 1);
		});
	});
}

const codes = await Promise.all([run(prettier), run(sync).then(async (code) => (code === 0 ? Promise.all(afterSync.map(run)) : [code]))]).then((all) => all.flat());
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
