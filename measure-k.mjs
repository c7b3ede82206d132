import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { gzipSync as fgzip } from 'fflate';
import { streetCrimeMonth, monthsBetween } from './scripts/generate-street-crime.js';
const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
const arrow = require('apache-arrow');
const path = require('path');
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
const db = await duckdb.createDuckDB({ mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' } }, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
await db.instantiate();
const c = db.connect();
mkdirSync('/tmp/k/year', { recursive: true });
let bytes = 0; const files = [];
for (const m of monthsBetween('2024-04', '2025-03')) { const f = `/tmp/k/year/${m}.csv`; writeFileSync(f, streetCrimeMonth(m, 7900)); bytes += statSync(f).size; files.push(f); }
const cols = `{'Crime ID':'VARCHAR','Month':'VARCHAR','Reported by':'VARCHAR','Falls within':'VARCHAR','Longitude':'DECIMAL(18,6)','Latitude':'DECIMAL(18,6)','Location':'VARCHAR','LSOA code':'VARCHAR','LSOA name':'VARCHAR','Crime type':'VARCHAR','Last outcome category':'VARCHAR','Context':'VARCHAR'}`;
c.query(`CREATE TABLE t AS SELECT * FROM read_csv([${files.map(f=>`'${f}'`).join(',')}], header=true, auto_detect=false, columns=${cols})`);
const n = Number(c.query('select count(*) n from t').get(0).n);
const names = c.query('describe t').toArray().map(r => [r.column_name, r.column_type]);
const distinct = c.query(`select ${names.map(([x],i)=>`count(distinct "${x}") d${i}`).join(',')} from t`).get(0).toJSON();
console.log('rows', n, 'csv bytes', bytes, 'distinct', names.map(([x],i)=>`${x}:${distinct['d'+i]}`).join(' '));
function form(kind, slice, compress) {
  const t0 = performance.now();
  const enumCols = new Set();
  if (kind === 'dict') names.forEach(([x, ty], i) => { const d = Number(distinct['d'+i]); if (ty === 'VARCHAR' && d * Math.ceil(n/slice) <= n/2) { c.query(`CREATE TYPE "e${i}" AS ENUM (SELECT DISTINCT "${x}" FROM t WHERE "${x}" IS NOT NULL ORDER BY 1)`); enumCols.add(i); } });
  const sel = names.map(([x, ty], i) => kind === 'text' ? `CAST("${x}" AS VARCHAR) "${x}"` : enumCols.has(i) ? `CAST("${x}" AS "e${i}") "${x}"` : `"${x}"`).join(',');
  const parts = [];
  for (let f = 0; f < n; f += slice) parts.push(arrow.tableToIPC(c.query(`SELECT ${sel} FROM t WHERE rowid >= ${f} AND rowid < ${f+slice}`), 'stream'));
  const t1 = performance.now();
  const all = Buffer.concat(parts);
  const z = compress(all);
  const t2 = performance.now();
  for (const i of enumCols) c.query(`DROP TYPE "e${i}"`);
  return { kind, slice, raw: all.length, z: z.length, pct: (100*z.length/bytes).toFixed(1), queryMs: Math.round(t1-t0), zipMs: Math.round(t2-t1) };
}
const z6 = (b) => gzipSync(b), z9 = (b) => gzipSync(b, { level: 9 }), f9 = (b) => fgzip(b, { level: 9 }), f6 = (b) => fgzip(b, { level: 6 });
for (const [k, s, z, zn] of [['text',100000,z6,'zlib6'],['typed',100000,z6,'zlib6'],['dict',100000,z6,'zlib6'],['dict',100000,z9,'zlib9'],['dict',100000,f9,'fflate9'],['dict',25000,z6,'zlib6'],['dict',1e9,z6,'zlib6']]) console.log(zn, form(k, s, z));
