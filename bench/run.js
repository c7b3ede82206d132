#!/usr/bin/env node
// Issue 6's benchmark: `npm run bench [-- --quick | --runs N]`. Builds the app
// under the shared build lock, serves build/ itself, drives headless Chromium
// and prints each figure with its target; bench/README.md says what each
// figure means. Exits non-zero only when the harness itself fails, never
// because a target was missed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, usage } from './args.js';
import { generateBatches, measureBatches } from './batch.js';
import { launchBrowser } from './browser.js';
import { generateDatasets, uploadLimitBytes } from './data.js';
import { buildFigures } from './figures.js';
import { measureFilters } from './filter.js';
import { measureFirstChart } from './first-chart.js';
import { measureIngest } from './ingest.js';
import { runUnderLock } from './lock.js';
import { describeMachine, loadNow } from './machine.js';
import { machineText, table, writeResults } from './report.js';
import { serveBuild } from './server.js';
import { measureViewFirstFigures, viewPaths } from './view-first.js';

const script = fileURLToPath(import.meta.url);
const repo = resolve(dirname(script), '..');
const buildFolder = join(repo, 'build');
const resultsFile = join(repo, 'bench', 'results.json');
/** The whole benchmark must finish within this, or it stops and says so. */
const overallTimeoutMs = 120 * 60_000;

/** @param {string} line */
const log = (line) => console.log(line);

/** Runs `vite build`, bounded; throws with the end of its output if it fails. */
function build() {
	log('Building the app (vite build)…');
	const started = Date.now();
	const result = spawnSync(join(repo, 'node_modules/.bin/vite'), ['build'], { cwd: repo, encoding: 'utf8', timeout: 10 * 60_000, maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) {
		const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
		throw new Error(`vite build failed${result.error ? ` (${result.error.message})` : ''}:\n${output}`);
	}
	log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** @param {ReturnType<typeof parseArgs>} options */
async function main(options) {
	const startedAt = new Date().toISOString();
	if (!options.skipBuild) build();
	if (!existsSync(join(buildFolder, 'budget.html'))) throw new Error('build/budget.html is missing: the build did not produce the Budget page.');
	const crimeBuilt = existsSync(join(buildFolder, 'crime.html'));

	const wanted = /** @type {('10k' | '100k' | '1M')[]} */ (
		options.sizes.filter((size) => (options.only.includes('filter') && size === '10k') || ((options.only.includes('filter') || options.only.includes('ingest')) && size !== '10k'))
	);
	if (wanted.length) log(`Generating street-crime data (${wanted.join(', ')} rows)…`);
	const data = wanted.length ? generateDatasets(wanted, uploadLimitBytes(repo)) : undefined;
	// Removed however the run ends, even by the watchdog or Ctrl-C.
	process.once('exit', () => data?.remove());
	for (const dataset of Object.values(data?.datasets ?? {})) {
		log(`  ${dataset.name}: ${dataset.rows.toLocaleString('en-GB')} rows, ${(dataset.bytes / 1024 ** 2).toFixed(0)} MB in ${dataset.files.length} file(s)`);
	}

	if (options.only.includes('batch')) log('Generating a year and 35 months of monthly police.uk-shaped files…');
	const monthly = options.only.includes('batch') ? generateBatches() : undefined;
	process.once('exit', () => monthly?.remove());
	for (const batch of monthly?.batches ?? []) log(`  ${batch.name}: ${batch.rows.toLocaleString('en-GB')} rows, ${(batch.bytes / 1024 ** 2).toFixed(0)} MB`);

	log('Compressing build/ and starting the server…');
	const server = await serveBuild(buildFolder).catch((error) => {
		data?.remove();
		monthly?.remove();
		throw error;
	});
	let browser;
	/** @type {Parameters<typeof buildFigures>[0]} */
	const raw = {};
	let machine;
	try {
		browser = await launchBrowser();
		machine = describeMachine(browser.version());
		log(machineText(machine));
		log(`Serving build/ at ${server.origin}; ${options.runs} run(s) of each figure.`);
		const pick = (/** @type {string[]} */ names) => Object.fromEntries(names.map((name) => [name, data?.datasets[name]]).filter(([, d]) => d));
		if (options.only.includes('first')) {
			log('First chart and ready for interaction on /budget (cold, then warm):');
			raw.first = await measureFirstChart({ browser, server, runs: options.runs, log });
		}
		if (options.only.includes('views')) {
			log("Every view's first figures (summary and first chart), cold, and its live view ready:");
			raw.views = await measureViewFirstFigures({ browser, origin: server.origin, views: viewPaths(repo), runs: options.runs, log });
		}
		if (options.only.includes('filter')) {
			log(`Filter response (${options.changes} changes per size)${crimeBuilt ? '' : ': there is no /crime page in the build, so FALLBACK to /referrals'}:`);
			raw.filter = await measureFilters({ browser, origin: server.origin, datasets: pick(['10k', '100k', '1M']), changes: options.changes, crimeBuilt, log });
		}
		if (options.only.includes('ingest')) {
			log('Ingest through the Data page, with papaparse+arquero and native DuckDB on the same files:');
			raw.ingest = await measureIngest({ browser, origin: server.origin, datasets: pick(['100k', '1M']), runs: options.runs, log });
		}
		if (monthly) {
			log('A year of files: monthly files chosen together on the Data page, to the Crime view showing every month:');
			raw.batch = await measureBatches({ browser, origin: server.origin, batches: monthly.batches, runs: options.runs, log });
		}
	} finally {
		await browser?.close().catch(() => undefined);
		await server.close();
		data?.remove();
		monthly?.remove();
	}

	const figures = buildFigures(raw);
	const filterFallback = Object.values(raw.filter ?? {}).some((result) => result.fallback);
	const notes = [
		'Targets are judged on the median of the runs, or the p95 where marked; a figure with failed runs fails its target.',
		'Ratios are taken run by run (same run, same machine state), then their median is reported.',
		...(raw.ingest
			? [
					'Tab memory is the resident set (RSS) of the renderer process, read from /proc for the pid CDP SystemInfo.getProcessInfo reports, after garbage collection in the page and its workers: it holds the page, its workers and the WebAssembly memory. Main-thread JS memory is CDP Runtime.getHeapUsage after a garbage collection (V8 heap + ArrayBuffers + DOM). performance.measureUserAgentSpecificMemory needs a cross-origin-isolated page, which the app is not, so it is not reported.'
				]
			: []),
		...(filterFallback
			? ['FILTER FALLBACK: the Crime view could not be used, so filter response was timed on /referrals with its embedded data, not on 10k/100k/1M street-crime rows.']
			: []),
		...Object.values(data?.datasets ?? {})
			.filter((dataset) => dataset.files.length > 1)
			.map(
				(dataset) =>
					`${dataset.name} rows are ${(dataset.bytes / 1024 ** 2).toFixed(0)} MB of CSV, over the app's upload limit for one file, so they are loaded as ${dataset.files.length} files at once (append mode).`
			)
	];
	log('');
	log(machineText(/** @type {NonNullable<typeof machine>} */ (machine)));
	log(`Load average at the end: ${loadNow().join(', ')}`);
	log('');
	log(table(figures));
	log('');
	for (const note of notes) log(note);
	writeResults(resultsFile, { startedAt, finishedAt: new Date().toISOString(), options, machine, loadAverageAtEnd: loadNow(), notes, figures, raw });
	log(`\nWrote ${resultsFile}`);
}

let options;
try {
	options = parseArgs(process.argv.slice(2));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(2);
}
if (options.help) {
	console.log(usage);
	process.exit(0);
}
runUnderLock(script, process.argv.slice(2));
const watchdog = setTimeout(() => {
	console.error(`The benchmark did not finish within ${overallTimeoutMs / 60_000} minutes; stopping.`);
	process.exit(1);
}, overallTimeoutMs);
watchdog.unref();
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, () => process.exit(130));
main(options).then(
	() => process.exit(0),
	(error) => {
		console.error(`Benchmark harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		process.exit(1);
	}
);
