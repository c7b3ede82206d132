import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The fast half of the number-style check (the browser half, tests/number-style.spec.ts,
 * reads what every route renders): no code outside the format module builds a
 * figure a user reads by itself. Each pattern is one way a number, date or sum of
 * money gets written without the house style.
 */
const root = join(process.cwd(), 'src');
const formatModule = join('lib', 'format');

const patterns: readonly { readonly name: string; readonly pattern: RegExp }[] = [
	{ name: 'toLocaleString / toLocaleDateString / toLocaleTimeString', pattern: /\.toLocale(?:Date|Time)?String\(/ },
	{ name: 'toFixed', pattern: /\.toFixed\(/ },
	{ name: 'Intl.NumberFormat / Intl.DateTimeFormat', pattern: /Intl\.(?:NumberFormat|DateTimeFormat)\b/ },
	{ name: 'money written by hand', pattern: /£\$\{/ },
	{ name: 'zero written in words in a table', pattern: /'none (?:added|recorded|open)\b/ }
];

// 'en-CA' writes a date as YYYY-MM-DD: used only to find today's date in UK time for comparisons, never shown.
const isoDateInLondon = /'en-CA'/;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return relative(root, path) === formatModule ? [] : sourceFiles(path);
		return /\.(?:ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Every line of the app's own code that matches a pattern, as "file:line: text". */
function offences(files: readonly string[], pattern: RegExp): string[] {
	return files.flatMap((file) =>
		readFileSync(file, 'utf8')
			.split('\n')
			.flatMap((line, index) => (pattern.test(line) && !isoDateInLondon.test(line) ? [`${relative(root, file)}:${index + 1}: ${line.trim()}`] : []))
	);
}

describe('one number style: figures are written by the format module alone', () => {
	const files = sourceFiles(root);

	it('reads the app’s code (a scan of nothing would pass)', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(files.some((file) => file.endsWith(join('components', 'DataTable.svelte')))).toBe(true);
		expect(files.some((file) => file.includes(join('lib', 'format') + '/'))).toBe(false);
	});

	for (const { name, pattern } of patterns) {
		it(`has no ${name} outside src/lib/format`, () => {
			expect(offences(files, pattern)).toEqual([]);
		});
	}
});
