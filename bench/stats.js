// Summaries of repeated measurements. Percentiles use the nearest-rank
// method, so a p95 of 20 samples is the 19th smallest: a real observation,
// never an interpolated one.

/**
 * The value at a percentile (0-100) by nearest rank.
 * @param {readonly number[]} values
 * @param {number} percent
 */
export function percentile(values, percent) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
	return sorted[rank - 1] ?? null;
}

/**
 * The median of the values (mean of the middle two when even).
 * @param {readonly number[]} values
 */
export function median(values) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Median and spread of a set of runs; null figures when nothing was measured.
 * @param {readonly (number | null | undefined)[]} raw
 * @returns {{ n: number, median: number | null, min: number | null, max: number | null, p95: number | null, values: number[] }}
 */
export function summarise(raw) {
	const values = raw.filter((value) => typeof value === 'number' && Number.isFinite(value)).map(Number);
	return {
		n: values.length,
		median: median(values),
		min: values.length ? Math.min(...values) : null,
		max: values.length ? Math.max(...values) : null,
		p95: percentile(values, 95),
		values
	};
}
