// The printed table and bench/results.json.
import { writeFileSync } from 'node:fs';

/**
 * A number in a figure's unit, rounded to what the measurement can support.
 * @param {number | null} value
 * @param {string} unit
 */
export function formatValue(value, unit) {
	if (value === null) return '–';
	if (unit === 'rows/s') return Math.round(value).toLocaleString('en-GB');
	if (unit === 'ms') return value < 100 ? value.toFixed(1) : value.toFixed(0);
	if (unit === 's') return value.toFixed(2);
	if (unit === '×') return value.toFixed(2);
	if (unit === 'KB' || unit === 'MB') return value < 10 ? value.toFixed(2) : value.toFixed(1);
	return String(value);
}

/** @param {import('./figures.js').Figure} figure */
function targetText(figure) {
	if (!figure.target) return '';
	const on = figure.target.on === 'p95' ? 'p95 ' : '';
	return `${on}${figure.target.op === '<=' ? '≤' : '≥'} ${figure.target.value} ${figure.unit}`;
}

/**
 * The figures as an aligned text table.
 * @param {readonly import('./figures.js').Figure[]} figures
 */
export function table(figures) {
	const header = ['Figure', 'Unit', 'Median', 'Min', 'Max', 'p95', 'n', 'Target', 'Result'];
	const rows = figures.map((f) => [
		f.label,
		f.unit,
		formatValue(f.summary.median, f.unit),
		formatValue(f.summary.min, f.unit),
		formatValue(f.summary.max, f.unit),
		formatValue(f.summary.p95, f.unit),
		String(f.summary.n) + (f.failures ? ` (+${f.failures} failed)` : ''),
		targetText(f),
		f.result
	]);
	const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
	const numeric = new Set([2, 3, 4, 5]);
	const line = (/** @type {string[]} */ row) =>
		row
			.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
			.join('  ')
			.trimEnd();
	const rule = widths.map((width) => '-'.repeat(width)).join('  ');
	const notes = figures.filter((f) => f.note).map((f) => `  ${f.label}: ${f.note}`);
	return [line(header), rule, ...rows.map(line), ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}

/**
 * The machine in one paragraph.
 * @param {ReturnType<typeof import('./machine.js').describeMachine>} machine
 */
export function machineText(machine) {
	return [
		`Machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.memoryGB} GB RAM (${machine.platform})`,
		`Node ${machine.node}; Chromium ${machine.chromium}; load average at start ${machine.loadAverage.join(', ')}`
	].join('\n');
}

/**
 * Writes the results file.
 * @param {string} file
 * @param {object} results
 */
export function writeResults(file, results) {
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
}
