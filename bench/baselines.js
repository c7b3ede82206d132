// The yardsticks for ingest, run on the same files in the same run as the
// app's upload path: papaparse + arquero in the page (what a dashboard
// without a database would do), and native DuckDB in Node on all cores (the
// practical limit) and on one (what DuckDB-WASM's single-threaded build could do).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { baselinePath } from './server.js';

const require = createRequire(import.meta.url);
/** How long the in-page baseline may take before it is recorded as failed. */
const baselineTimeoutMs = 120_000;

/**
 * In the page: on the file input's change, parse every file with papaparse
 * (header row, as objects), make one arquero table and count rows by month and
 * crime type. Resolves with the time from the change event.
 * @param {number} timeoutMs
 */
function parseAndGroupOnChange(timeoutMs) {
	const aq = /** @type {any} */ (window).aq;
	const Papa = /** @type {any} */ (window).Papa;
	const input = /** @type {HTMLInputElement} */ (document.querySelector('#baseline-input'));
	/** @type {Promise<{ ok: boolean, ms: number, rows?: number, groups?: number, reason?: string }>} */
	const done = new Promise((resolve) => {
		setTimeout(() => resolve({ ok: false, ms: timeoutMs, reason: 'timed out' }), timeoutMs);
		input.addEventListener(
			'change',
			async () => {
				const start = performance.now();
				try {
					/** @type {object[]} */
					let rows = [];
					for (const file of input.files ?? []) {
						const parsed = Papa.parse(await file.text(), { header: true, skipEmptyLines: true });
						rows = rows.length ? rows.concat(parsed.data) : parsed.data;
					}
					const grouped = aq.from(rows).groupby('Month', 'Crime type').count();
					resolve({ ok: true, ms: performance.now() - start, rows: rows.length, groups: grouped.numRows() });
				} catch (error) {
					resolve({ ok: false, ms: performance.now() - start, reason: String(error) });
				}
			},
			{ once: true }
		);
	});
	Object.assign(window, { __baseline: done });
}

/**
 * papaparse + arquero on a page of the benchmark's server that has no CSP
 * (arquero compiles verbs with eval), fed the same files through a file input.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 * @param {import('./data.js').Dataset} dataset
 */
export async function papaparseArquero(context, origin, dataset) {
	const page = await context.newPage();
	try {
		await page.goto(origin + baselinePath, { timeout: 30_000 });
		await page.addScriptTag({ content: readFileSync(require.resolve('papaparse/papaparse.min.js'), 'utf8') });
		await page.addScriptTag({ content: readFileSync(require.resolve('arquero/dist/arquero.min.js'), 'utf8') });
		await page.evaluate(parseAndGroupOnChange, baselineTimeoutMs);
		await page.locator('#baseline-input').setInputFiles(dataset.files, { timeout: 30_000 });
		const result = await page.evaluate(() => /** @type {any} */ (window).__baseline, undefined);
		if (result.ok && result.rows !== dataset.rows) return { ...result, ok: false, reason: `parsed ${result.rows} rows, not ${dataset.rows}` };
		return result.ok ? { ...result, rowsPerSecond: dataset.rows / (result.ms / 1000) } : result;
	} catch (error) {
		return { ok: false, ms: 0, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
	} finally {
		await page.close().catch(() => undefined);
	}
}

/** The street-crime contract's columns as DuckDB types (src/lib/contracts/street-crime.ts via sql-types.ts). */
const streetCrimeColumns = {
	'Crime ID': 'VARCHAR',
	Month: 'VARCHAR',
	'Reported by': 'VARCHAR',
	'Falls within': 'VARCHAR',
	Longitude: 'DECIMAL(18, 6)',
	Latitude: 'DECIMAL(18, 6)',
	Location: 'VARCHAR',
	'LSOA code': 'VARCHAR',
	'LSOA name': 'VARCHAR',
	'Crime type': 'VARCHAR',
	'Last outcome category': 'VARCHAR',
	Context: 'VARCHAR'
};

/** @param {string} value */
const literal = (value) => `'${value.replaceAll("'", "''")}'`;

/**
 * Native DuckDB reading the same files into a typed table, as the app's
 * load does (same column types, no type detection), on all the machine's
 * cores, or on one (`threads: 1`): DuckDB-WASM's build without threads reads
 * on one, so that is the most its reader could do on this machine.
 * @param {import('./data.js').Dataset} dataset
 * @param {{ threads?: number }} [options]
 */
export async function nativeDuckdb(dataset, options = {}) {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		if (options.threads) await connection.run(`SET threads = ${Math.floor(options.threads)}`);
		const columns = Object.entries(streetCrimeColumns)
			.map(([name, type]) => `${literal(name)}: ${literal(type)}`)
			.join(', ');
		const files = `[${dataset.files.map(literal).join(', ')}]`;
		const start = performance.now();
		await connection.run(
			`CREATE TABLE street_crime AS SELECT * FROM read_csv(${files}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`
		);
		const ms = performance.now() - start;
		const counted = await connection.runAndReadAll('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM street_crime');
		const rows = Number(counted.getRows()[0]?.[0]);
		if (rows !== dataset.rows) return { ok: false, ms, reason: `read ${rows} rows, not ${dataset.rows}` };
		return { ok: true, ms, rowsPerSecond: dataset.rows / (ms / 1000) };
	} catch (error) {
		return { ok: false, ms: 0, reason: error instanceof Error ? error.message : String(error) };
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
