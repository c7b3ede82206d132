import { describe, expect, it } from 'vitest';
import { generateStreetCrime, monthsBetween, streetCrimeMonth, streetHeader } from '../../../scripts/generate-street-crime.js';
import { openNodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { prepareUpload } from '$lib/datasets/prepare-upload';
import { recognise } from '$lib/datasets/recognise';
import { checkCsv } from '$lib/validation/check-csv';
import { isValidValue } from '$lib/validation/check-value';
import { contracts } from './registry';
import { streetCrime } from './street-crime';

// Rows as police.uk writes them: ASB with no Crime ID or outcome, a "No location"
// row with blank coordinates and LSOA, a quoted Context with a comma and a quote, CRLF.
const handWritten = [
	streetHeader,
	',2023-10,Leicestershire Police,Leicestershire Police,-1.090118,52.590553,On or near Supermarket,E01025934,Oadby and Wigston 001A,Anti-social behaviour,,',
	'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12,2023-10,Leicestershire Police,Leicestershire Police,,,No location,,,Other theft,Unable to prosecute suspect,',
	'cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34,2023-10,Leicestershire Police,Leicestershire Police,-0.887,52.7654,On or near Park Road,E01025900,Melton 003B,Burglary,Investigation complete; no suspect identified,"Reported late, by the ""owner"""'
].join('\r\n');

describe('the street-level crime contract', () => {
	it("has police.uk's header exactly, and no provenance columns", () => {
		expect(streetCrime.columns.map((column) => column.name).join(',')).toBe(streetHeader);
		expect(streetCrime.columns.some((column) => column.name === 'source_document')).toBe(false);
		for (const column of streetCrime.columns) {
			if (column.example) expect(isValidValue(column, column.example), column.name).toBe(true);
		}
	});

	it("accepts police.uk's own format: blank Crime ID, No location, negative longitude, quoted fields, CRLF", () => {
		const result = checkCsv('2023-10-leicestershire-street.csv', `${handWritten}\r\n`, streetCrime);
		expect(result.problems).toEqual([]);
		expect(result.rowCount).toBe(3);
	});

	it('still rejects what police.uk never writes', () => {
		const bad = handWritten.replace(',2023-10,', ',2023/10,').replace('-0.887', '-0.8870001');
		const result = checkCsv('bad.csv', bad, streetCrime);
		expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
			[2, 'Month'],
			[4, 'Longitude']
		]);
	});

	it('is recognised by its header among every dataset the dashboard knows', () => {
		expect(contracts).toContain(streetCrime);
		expect(recognise(handWritten, contracts).exact.map((contract) => contract.id)).toEqual(['street-crime']);
	});

	it('loads into DuckDB with the blanks as nulls and the quoted Context intact', async () => {
		const db = await openNodeDatabase();
		try {
			const check = await loadExtract(db, streetCrime, 'hand.csv', handWritten);
			expect(check.problems).toEqual([]);
			const table = await db.query(
				'SELECT count(*) FILTER (WHERE "Crime ID" IS NULL)::INTEGER AS no_id, count(*) FILTER (WHERE "Longitude" IS NULL)::INTEGER AS no_point, min("Longitude")::DOUBLE AS west, max("Context") AS context FROM street_crime'
			);
			expect(table.get(0)?.toJSON()).toEqual({ no_id: 1, no_point: 1, west: -1.090118, context: 'Reported late, by the "owner"' });
		} finally {
			db.close();
		}
	});
});

describe('scripts/generate-street-crime.js', () => {
	it('writes files that pass the contract with no problems and load with every row', async () => {
		const files = generateStreetCrime({ months: ['2023-09', '2023-10'], rowsPerMonth: 2000 });
		expect(files.map((file) => file.file)).toEqual(['2023-09-leicestershire-street.csv', '2023-10-leicestershire-street.csv']);
		const db = await openNodeDatabase();
		try {
			for (const { file, text } of files) {
				expect(text.startsWith(`${streetHeader}\r\n`)).toBe(true);
				expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
				const check = checkCsv(file, text, streetCrime);
				expect(check.problems).toEqual([]);
				expect(check.rowCount).toBe(2000);
				const prepared = prepareUpload(file, text, streetCrime, false);
				expect('prepared' in prepared && prepared.prepared.loadedRows).toBe(2000);
			}
			expect((await loadExtract(db, streetCrime, files[1]!.file, files[1]!.text)).rowCount).toBe(2000);
			const shape = await db.query(`
				SELECT
					count(*) FILTER (WHERE "Crime type" = 'Anti-social behaviour' AND "Crime ID" IS NOT NULL)::INTEGER AS asb_with_id,
					count(*) FILTER (WHERE "Crime type" <> 'Anti-social behaviour' AND length("Crime ID") <> 64)::INTEGER AS bad_ids,
					count(*) FILTER (WHERE "Location" = 'No location' AND "Longitude" IS NULL AND "LSOA name" IS NULL)::INTEGER AS no_location,
					count(*) FILTER (WHERE "LSOA name" LIKE 'Nottingham %' OR "LSOA name" LIKE 'Kettering %')::INTEGER AS over_border,
					count(DISTINCT "Crime type")::INTEGER AS types,
					max("Longitude")::DOUBLE AS east
				FROM street_crime`);
			const found = shape.get(0)?.toJSON();
			expect(found).toMatchObject({ asb_with_id: 0, bad_ids: 0, types: 14 });
			// About 1% have no location (20 of 2,000 expected); a handful are over the border.
			expect(found?.['no_location']).toBeGreaterThan(5);
			expect(found?.['no_location']).toBeLessThan(45);
			expect(found?.['over_border']).toBeGreaterThan(5);
			expect(found?.['east']).toBeLessThan(0);
		} finally {
			db.close();
		}
	});

	it('writes the same bytes every time, and a month the same whichever months come with it', () => {
		const alone = streetCrimeMonth('2024-01', 300);
		expect(streetCrimeMonth('2024-01', 300)).toBe(alone);
		const run = generateStreetCrime({ months: monthsBetween('2023-11', '2024-02'), rowsPerMonth: 300 });
		expect(run.map((file) => file.file.slice(0, 7))).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
		expect(run[2]?.text).toBe(alone);
		expect(streetCrimeMonth('2024-02', 300)).not.toBe(streetCrimeMonth('2024-03', 300));
		expect(streetCrimeMonth('2024-01', 300, 7)).not.toBe(alone);
	});
});
