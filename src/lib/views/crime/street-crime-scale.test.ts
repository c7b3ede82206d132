import { describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween } from '../../../../scripts/generate-street-crime.js';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { loadRows } from '$lib/datasets/load-extract';
import { prepareUpload } from '$lib/datasets/prepare-upload';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { crimeBeforeAfter } from './street-crime';
import { loadCrimeView } from './street-crime-view';

// Three years at about LLR's rate: 36 monthly files of 8,334 rows, 300,024 in all. Timings are logged, not
// asserted (they depend on the machine); the counts are asserted so the run is known to be complete.
const months = monthsBetween('2022-04', '2025-03');
const rowsPerMonth = 8334;

/** Milliseconds an async step takes. */
async function timed<T>(step: () => Promise<T> | T): Promise<[T, number]> {
	const started = performance.now();
	const result = await step();
	return [result, Math.round(performance.now() - started)];
}

describe('three years of street-level crime', () => {
	it("goes through the check and into DuckDB, and the view's measures answer, in a logged time", { timeout: 600_000 }, async () => {
		const [files, generating] = await timed(() => generateStreetCrime({ months, rowsPerMonth }));
		const bytes = files.reduce((sum, file) => sum + file.text.length, 0);
		// What the Data page does with each file: check it, keep its rows, and append them to the table. The check is
		// prepareUpload's own (a file with any problem is refused), so each file's is read from its result, not run twice.
		const [prepared, preparing] = await timed(() => files.map((file) => prepareUpload(file.file, file.text, streetCrime, false)));
		const checked = prepared.map((result) => ('prepared' in result ? result.prepared.check : result.rejected));
		expect(checked.every((check) => check.problems.length === 0 && check.rowCount === rowsPerMonth)).toBe(true);
		const db = await openNodeDatabase();
		try {
			const [, loading] = await timed(async () => {
				for (const [index, result] of prepared.entries()) {
					if (!('prepared' in result)) throw new Error('a generated file was rejected');
					await loadRows(db, streetCrime, result.prepared.csv, result.prepared.loadedRows, index === 0 ? 'replace' : 'append');
				}
			});
			const [view, querying] = await timed(() => loadCrimeView(db, filtersFromUrl(new URLSearchParams())));
			expect(view.holding.records).toBe(months.length * rowsPerMonth);
			expect(view.byType.reduce((sum, row) => sum + row.crimes, 0)).toBe(months.length * rowsPerMonth);
			const [, filtering] = await timed(() => loadCrimeView(db, filtersFromUrl(new URLSearchParams('period=2023%2F24&area=Melton'))));
			const [comparison, comparing] = await timed(() =>
				crimeBeforeAfter(db, {
					types: ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft'],
					district: 'Oadby and Wigston',
					startMonth: '2023-10',
					months: 12
				})
			);
			// The generator lowers these crimes there after October 2023, and not elsewhere.
			expect(comparison.areaChange).toBeLessThan(-10);
			expect(Math.abs(comparison.restChange ?? 100)).toBeLessThan(10);
			console.log(
				[
					`${formatRows(months.length * rowsPerMonth)} rows in ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB:`,
					`generate ${generating} ms; prepareUpload (check + re-write) ${preparing} ms;`,
					`DuckDB load (replace then 35 appends) ${loading} ms; view measures, all periods ${querying} ms;`,
					`view measures, 2023/24 in Melton ${filtering} ms; before-and-after ${comparing} ms.`
				].join('\n')
			);
		} finally {
			db.close();
		}
	});
});

const formatRows = (n: number) => n.toLocaleString('en-GB');
