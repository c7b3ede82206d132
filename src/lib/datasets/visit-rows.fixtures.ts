/**
 * Test support for the property tests of both upload paths (prepare-upload,
 * bulk-upload): custody visit rows, some valid and some not, written out as
 * CSV, and what a table loaded from them must read back. One definition, so
 * both paths are tried on the same kinds of row.
 */
import fc from 'fast-check';
import type { DatasetContract } from '$lib/contracts/contract';
import type { Database } from '$lib/database/database';
import { rowsOf } from '$lib/database/arrow-rows';

/** Three columns: text, date and count. */
export const visitsContract: DatasetContract = {
	id: 'visits',
	table: 'visits',
	title: 'Visits',
	description: '',
	columns: [
		{ name: 'suite', type: 'text', description: '', required: true, example: 'Keyham Lane' },
		{ name: 'visit_date', type: 'date', description: '', required: true, example: '2024-04-01' },
		{ name: 'detainees_seen', type: 'integer', description: '', required: true, example: '3' }
	]
};

export type VisitRow = { suite: string; visit_date: string; detainees_seen: string; valid: boolean };

// Suite names a CSV writer must quote, or a spreadsheet might take for a formula, beside arbitrary text.
const suite = fc.oneof(
	fc.constantFrom('Keyham Lane', 'Euston Street', 'Beaumont Leys, east', 'Say "hello"', 'line\nbreak', '=SUM(A1:A2)', '<script>x</script>'),
	fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== '')
);
const goodRow = fc.record({
	suite,
	visit_date: fc.date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
	detainees_seen: fc.integer({ min: 0, max: 40 }).map(String),
	valid: fc.constant(true)
});
const badRow = fc.record({
	suite,
	visit_date: fc.constantFrom('01/04/2024', '2023-02-29', '', 'soon'),
	detainees_seen: fc.constantFrom('x', '1.5', '', '3'),
	valid: fc.constant(false)
});

/** One to thirty rows, valid and invalid mixed. */
export const visitRows: fc.Arbitrary<VisitRow[]> = fc.array(fc.oneof(goodRow, badRow), { minLength: 1, maxLength: 30 });

/** The rows as CSV, every field quoted; rows end in CRLF, the header in `headerEnding`. */
export function visitsCsv(rows: readonly VisitRow[], headerEnding: '\n' | '\r\n'): string {
	const body = rows.map((row) => [row.suite, row.visit_date, row.detainees_seen].map((f) => `"${f.replaceAll('"', '""')}"`).join(','));
	return `suite,visit_date,detainees_seen${headerEnding}${body.join('\r\n')}\r\n`;
}

/** What a table loaded from `rows` must hold, in order: the valid rows, unchanged. */
export function validVisits(rows: readonly VisitRow[]) {
	return rows.filter((row) => row.valid).map((row) => ({ suite: row.suite, visit_date: row.visit_date, detainees_seen: Number(row.detainees_seen) }));
}

/** A loaded visits table, read back in load order. */
export async function readVisits(db: Database, table: string) {
	return rowsOf<{ suite: string; visit_date: string; detainees_seen: number }>(
		await db.query(`SELECT suite, CAST(visit_date AS VARCHAR) AS visit_date, detainees_seen FROM ${table} ORDER BY rowid`)
	);
}
