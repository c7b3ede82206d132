// `npm run check`: the type check (svelte-check), the linter (ESLint) and the layout check
// (Prettier) side by side. Each runs on one core, so on a 2-core machine they take about as long
// as the slowest rather than their sum. Each one's output is printed whole once it ends, not interleaved;
// the check fails if any does. Run after `svelte-kit sync` (package.json does).
import { spawn } from 'node:child_process';

const checks = [
	['svelte-check', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	// The cache only speeds a second run on the same checkout; a clean clone lints everything
	// (ESLINT_CACHE_LOCATION set to an empty folder lints everything as a clean clone would, to measure it).
	['eslint', ['eslint', '--cache', '--cache-location', process.env.ESLINT_CACHE_LOCATION ?? 'node_modules/.cache/eslint/', '.']],
	// Layout is Prettier's (`.prettierrc.json`); `npm run format` rewrites a file that differs.
	['prettier', ['prettier', '--check', '--log-level', 'warn', '.']]
];

/** Runs one check, keeping its output; resolves with its exit code. */
function run([name, args]) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

const codes = await Promise.all(checks.map(run));
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
