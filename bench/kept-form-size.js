#!/usr/bin/env node
/**
 * How large a year of police.uk files is in each form the dashboard could keep it in (issue 19): every column as
 * text (the form kept until December 2026), typed columns with plain text, and typed columns with repeated text as
 * dictionaries (the form kept now, `src/lib/datasets/columnar-form.ts`), with gzip levels and slice sizes, on
 * DuckDB-WASM itself (its blocking build, in Node). Prints each form's bytes and share of the CSVs. The data is
 * generated (`scripts/generate-street-crime.js`, 12 months of 7,900 rows, as `--only batch` does) into a temporary
 * folder, removed at the end.
 *
 *   node bench/kept-form-size.js
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipSync as fflateGzip } from 'fflate';
import { monthsBetween, streetCrimeMonth } from '../scripts/generate-street-crime.js';

const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const arrow = require('apache-arrow');
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
const db = await duckdb.createDuckDB(
	{ mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' } },
	new duckdb.VoidLogger(),
	duckdb.NODE_RUNTIME
);
await db.instantiate();
const connection = db.connect();

const folder = mkdtempSync(join(tmpdir(), 'scrutiny-form-size-'));
try {
	let csvBytes = 0;
	const files = [];
	for (const month of monthsBetween('2024-04', '2025-03')) {
		const file = join(folder, `${month}-leicestershire-street.csv`);
		writeFileSync(file, streetCrimeMonth(month, 7_900));
		csvBytes += statSync(file).size;
		files.push(file);
	}
	// The street-crime contract's types (src/lib/contracts/street-crime.ts).
	const types = `{'Crime ID':'VARCHAR','Month':'VARCHAR','Reported by':'VARCHAR','Falls within':'VARCHAR','Longitude':'DECIMAL(18,6)','Latitude':'DECIMAL(18,6)','Location':'VARCHAR','LSOA code':'VARCHAR','LSOA name':'VARCHAR','Crime type':'VARCHAR','Last outcome category':'VARCHAR','Context':'VARCHAR'}`;
	connection.query(`CREATE TABLE t AS SELECT * FROM read_csv([${files.map((file) => `'${file}'`).join(',')}], header = true, auto_detect = false, columns = ${types})`);
	const rows = Number(connection.query('SELECT COUNT(*) AS n FROM t').get(0).n);
	const columns = connection
		.query('DESCRIBE t')
		.toArray()
		.map((row) => ({ name: row.column_name, type: row.column_type }));
	const distinct = connection
		.query(`SELECT ${columns.map((column, index) => `COUNT(DISTINCT "${column.name}") AS d${index}`).join(', ')} FROM t`)
		.get(0)
		.toJSON();
	console.log(`${rows} rows, ${csvBytes} bytes of CSV; distinct values: ${columns.map((column, index) => `${column.name} ${distinct[`d${index}`]}`).join(', ')}`);

	/** The form's bytes: `kind` text, typed or dictionary; slices of `slice` rows; compressed by `compress`. */
	const form = (kind, slice, compress) => {
		const started = performance.now();
		const enums = new Set();
		if (kind === 'dictionary')
			columns.forEach((column, index) => {
				const values = Number(distinct[`d${index}`]);
				// As columnar-form.ts decides: a dictionary where its values, once a slice, come to at most half the rows.
				if (column.type === 'VARCHAR' && values * Math.ceil(rows / slice) <= rows / 2) {
					connection.query(`CREATE TYPE "e${index}" AS ENUM (SELECT DISTINCT "${column.name}" FROM t WHERE "${column.name}" IS NOT NULL ORDER BY 1)`);
					enums.add(index);
				}
			});
		const select = columns
			.map((column, index) =>
				kind === 'text'
					? `CAST("${column.name}" AS VARCHAR) AS "${column.name}"`
					: enums.has(index)
						? `CAST("${column.name}" AS "e${index}") AS "${column.name}"`
						: `"${column.name}"`
			)
			.join(', ');
		const parts = [];
		for (let from = 0; from < rows; from += slice)
			parts.push(arrow.tableToIPC(connection.query(`SELECT ${select} FROM t WHERE rowid >= ${from} AND rowid < ${from + slice}`), 'stream'));
		const asked = performance.now();
		const compressed = compress(Buffer.concat(parts));
		const done = performance.now();
		for (const index of enums) connection.query(`DROP TYPE "e${index}"`);
		return `${compressed.length} bytes, ${((100 * compressed.length) / csvBytes).toFixed(1)}% of the CSVs (asked in ${Math.round(asked - started)} ms, compressed in ${Math.round(done - asked)} ms)`;
	};
	const zlib6 = (bytes) => gzipSync(bytes);
	const zlib9 = (bytes) => gzipSync(bytes, { level: 9 });
	const fflate9 = (bytes) => fflateGzip(bytes, { level: 9 });
	for (const [label, kind, slice, compress] of [
		['every column as text, slices of 100,000, gzip 6', 'text', 100_000, zlib6],
		['typed, text plain, slices of 100,000, gzip 6', 'typed', 100_000, zlib6],
		['typed, repeated text as dictionaries, slices of 100,000, gzip 6', 'dictionary', 100_000, zlib6],
		['… gzip 9 (zlib)', 'dictionary', 100_000, zlib9],
		['… gzip 9 (fflate)', 'dictionary', 100_000, fflate9],
		['… slices of 25,000, gzip 6', 'dictionary', 25_000, zlib6],
		['… one slice, gzip 6', 'dictionary', 1e9, zlib6]
	])
		console.log(`${label}: ${form(kind, slice, compress)}`);
} finally {
	connection.close();
	rmSync(folder, { recursive: true, force: true });
}
