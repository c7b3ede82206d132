import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween } from '../../../../scripts/generate-street-crime.js';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { loadRows } from '$lib/datasets/load-extract';
import { prepareUpload } from '$lib/datasets/prepare-upload';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { crimeBeforeAfter } from './street-crime';
import { loadCrimeView } from './street-crime-view';

// Three years of monthly files, 36 of them, each through the check and appended in turn, and the view's measures over
// them all: every row counted. How long it takes at LLR's rate (about 8,300 rows a month, 12 and 35 files at once, and
// a million rows) is `npm run bench`'s to measure, in the browser as users get it; here the files are smaller (1,000
// rows each) so the suite stays quick. Until December 2026 this test ran 300,024 rows and logged its times: 18 s of
// the unit suite's CPU, for a timing no one read.
const months = monthsBetween('2022-04', '2025-03');
const rowsPerMonth = 1000;

describe('three years of street-level crime', () => {
	it("goes through the check and into DuckDB, file by file, and the view's measures count every row", { timeout: 120_000 }, async () => {
		const files = generateStreetCrime({ months, rowsPerMonth });
		// What the Data page does with each file: check it, keep its rows, and append them to the table. The check is
		// prepareUpload's own (a file with any problem is refused), so each file's is read from its result, not run twice.
		const prepared = files.map((file) => prepareUpload(file.file, file.text, streetCrime, false));
		const checked = prepared.map((result) => ('prepared' in result ? result.prepared.check : result.rejected));
		expect(checked.every((check) => check.problems.length === 0 && check.rowCount === rowsPerMonth)).toBe(true);
		const db = await openNodeDatabase();
		try {
			for (const [index, result] of prepared.entries()) {
				if (!('prepared' in result)) throw new Error('a generated file was rejected');
				await loadRows(db, streetCrime, result.prepared.csv, result.prepared.loadedRows, index === 0 ? 'replace' : 'append');
			}
			const view = await loadCrimeView(db, filtersFromUrl(new URLSearchParams()));
			expect(view.holding.records).toBe(months.length * rowsPerMonth);
			expect(view.byType.reduce((sum, row) => sum + row.crimes, 0)).toBe(months.length * rowsPerMonth);
			// The same measures for one year in one district: every record of it, counted from the files.
			const melton = await loadCrimeView(db, filtersFromUrl(new URLSearchParams('period=2023%2F24&area=Melton')));
			const meltonRows = files
				.flatMap((file) => Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true }).data)
				.filter((row) => row['Month']! >= '2023-04' && row['Month']! <= '2024-03' && (row['LSOA name'] ?? '').startsWith('Melton '));
			expect(meltonRows.length).toBeGreaterThan(0);
			expect(melton.byType.reduce((sum, row) => sum + row.crimes, 0)).toBe(meltonRows.length);
			const comparison = await crimeBeforeAfter(db, {
				types: ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft'],
				district: 'Oadby and Wigston',
				startMonth: '2023-10',
				months: 12
			});
			// The generator lowers these crimes there after October 2023, and not elsewhere.
			expect(comparison.areaChange).toBeLessThan(-10);
			expect(Math.abs(comparison.restChange ?? 100)).toBeLessThan(10);
		} finally {
			db.close();
		}
	});
});
