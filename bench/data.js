// The street-crime files the benchmark loads, generated deterministically
// (scripts/generate-street-crime.js) into a temporary folder that is removed
// afterwards. Every size spans the same 80 months, so the period filter offers
// the same choices at 10k rows as at 1M; only the density differs (1M rows is
// 12,500 a month, about what Leicestershire Police's files hold).
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthsBetween, streetCrimeMonth, streetHeader } from '../scripts/generate-street-crime.js';

/** The months every dataset covers: August 2018 to March 2025, 80 months. */
export const months = monthsBetween('2018-08', '2025-03');

/** Dataset sizes by name. */
export const sizes = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };

/**
 * The app's upload limit, read from its source so the benchmark follows it if it changes.
 * @param {string} repo
 */
export function uploadLimitBytes(repo) {
	const source = readFileSync(join(repo, 'src/lib/validation/decode-text.ts'), 'utf8');
	const match = /maxFileBytes\s*=\s*([\d_\s*]+);/.exec(source);
	if (!match?.[1]) throw new Error('Could not read maxFileBytes from src/lib/validation/decode-text.ts.');
	return match[1].split('*').reduce((product, factor) => product * Number(factor.replaceAll('_', '').trim()), 1);
}

/**
 * @typedef {{ name: string, rows: number, files: string[], bytes: number }} Dataset
 */

/**
 * Writes one dataset as police.uk-shaped CSV: one header, the months in order,
 * in as few files as the upload limit allows (split at month boundaries, as
 * the app's own message advises).
 * @param {string} folder
 * @param {string} name
 * @param {number} rows
 * @param {number} limitBytes
 * @returns {Dataset}
 */
function writeDataset(folder, name, rows, limitBytes) {
	const perMonth = rows / months.length;
	if (!Number.isInteger(perMonth)) throw new Error(`${rows} rows do not divide into ${months.length} months.`);
	const body = (/** @type {string} */ month) => streetCrimeMonth(month, perMonth).slice(streetHeader.length + 2);
	// Estimate from the first month how many files are needed, with room to spare.
	const estimate = body(months[0] ?? '').length * months.length;
	const parts = Math.max(1, Math.ceil((estimate * 1.05) / limitBytes));
	const monthsPerPart = Math.ceil(months.length / parts);
	/** @type {string[]} */
	const files = [];
	for (let part = 0; part < parts; part++) {
		const file = join(folder, parts === 1 ? `street-crime-${name}.csv` : `street-crime-${name}-part-${part + 1}-of-${parts}.csv`);
		const descriptor = openSync(file, 'w');
		try {
			writeSync(descriptor, `${streetHeader}\r\n`);
			for (const month of months.slice(part * monthsPerPart, (part + 1) * monthsPerPart)) writeSync(descriptor, body(month));
		} finally {
			closeSync(descriptor);
		}
		if (statSync(file).size > limitBytes) throw new Error(`${file} came out over the upload limit; split it further.`);
		files.push(file);
	}
	return { name, rows, files, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/**
 * Generates the datasets named (10k, 100k, 1M) into a new temporary folder.
 * @param {readonly (keyof typeof sizes)[]} names
 * @param {number} limitBytes
 */
export function generateDatasets(names, limitBytes) {
	const folder = mkdtempSync(join(tmpdir(), 'scrutiny-bench-'));
	/** @type {Record<string, Dataset>} */
	const datasets = {};
	try {
		for (const name of names) datasets[name] = writeDataset(folder, name, sizes[name], limitBytes);
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
	return { folder, datasets, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
