import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { measureChoices } from './measure-choices';

describe('measure choices', () => {
	it('offer each measure of the embedded measures-and-aims extract once, with its view', () => {
		const text = readFileSync('data/measure-aims.csv', 'utf8');
		const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
		const choices = measureChoices(text);
		expect(choices.map((c) => c.id)).toEqual([...new Set(rows.map((r) => r.measure_id))]);
		for (const row of rows) expect(choices.find((c) => c.id === row.measure_id)).toEqual({ id: row.measure_id, name: row.measure_name, viewPath: row.view_path });
	});
});
