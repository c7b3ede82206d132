import fc from 'fast-check';
import { RecordBatchReader } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnContract, DatasetContract } from '$lib/contracts/contract';
import { contracts } from '$lib/contracts/registry';
import { sqlIdentifier, sqlType } from '$lib/contracts/sql-types';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { describeColumnar, openColumnar, writeColumnar } from './columnar-form';

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

/** A value of a column's type as DuckDB reads it from text (undefined is NULL, only where the column may be blank). */
function value(column: ColumnContract): fc.Arbitrary<string | undefined> {
	const some: fc.Arbitrary<string> = (() => {
		switch (column.type) {
			case 'integer':
				return fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }).map(String);
			case 'decimal': {
				const places = column.decimalPlaces ?? 2;
				// DECIMAL(18, places): up to 18 digits in all, exact.
				return fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n }).map((scaled) => {
					const sign = scaled < 0n ? '-' : '';
					const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(places + 1, '0');
					return places ? `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}` : `${sign}${digits}`;
				});
			}
			case 'date':
				return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
			case 'boolean':
				return fc.boolean().map(String);
			default:
				// Text of every kind a spreadsheet may hold: commas, quotes, new lines, any script, the empty string.
				return fc.string({ unit: 'grapheme', maxLength: 12 });
		}
	})();
	return column.required ? some : fc.option(some, { nil: undefined });
}

function rows(contract: DatasetContract): fc.Arbitrary<(string | undefined)[][]> {
	return fc.array(fc.tuple(...contract.columns.map(value)), { maxLength: 25 });
}

async function fill(contract: DatasetContract, table: string, data: readonly (string | undefined)[][]): Promise<void> {
	const columns = contract.columns.map((column) => `${sqlIdentifier(column.name)} ${sqlType(column)}`).join(', ');
	await db.query(`CREATE OR REPLACE TABLE ${sqlIdentifier(table)} (${columns})`);
	const placeholders = contract.columns.map((column) => `CAST(? AS ${sqlType(column)})`).join(', ');
	for (const row of data)
		await db.query(
			`INSERT INTO ${sqlIdentifier(table)} VALUES (${placeholders})`,
			row.map((cell) => cell ?? null)
		);
}

/** Every value as DuckDB holds it, row by row in the table's order (NULL kept apart from ''). */
async function held(contract: DatasetContract, table: string): Promise<unknown[][]> {
	const select = contract.columns
		.map((column, index) => `CAST(${sqlIdentifier(column.name)} AS VARCHAR) AS c${index}, typeof(${sqlIdentifier(column.name)}) AS t${index}`)
		.join(', ');
	const result = await db.query(`SELECT ${select} FROM ${sqlIdentifier(table)}`);
	return result.toArray().map((row) => contract.columns.flatMap((_, index) => [row[`c${index}`], row[`t${index}`]]));
}

describe('the columnar form a dataset is kept in', () => {
	for (const contract of contracts) {
		it(`gives back every row and value of ${contract.id}, in order and with its types`, async () => {
			await fc.assert(
				fc.asyncProperty(rows(contract), async (data) => {
					await fill(contract, 'before', data);
					const bytes = await writeColumnar(db, contract, 'before');
					const count = await openColumnar(db, contract, 'after', bytes);
					expect(count).toBe(data.length);
					expect(await held(contract, 'after')).toEqual(await held(contract, 'before'));
				}),
				{ numRuns: 15, seed: 19 }
			);
		});
	}

	it('writes and opens a table a slice at a time, every row in order', async () => {
		const contract = contracts.find((c) => c.id === 'custody-visits') as DatasetContract;
		const all = fc.sample(rows(contract), { numRuns: 6, seed: 7 }).flat();
		expect(all.length).toBeGreaterThan(12);
		await fill(contract, 'before', all);
		// Slices of 4 rows written, 5 opened: slices on both sides, neither lined up with the other.
		const bytes = await writeColumnar(db, contract, 'before', 4);
		expect(await describeColumnar(bytes)).toEqual({ columns: contract.columns.map((column) => column.name), rows: all.length });
		expect(await openColumnar(db, contract, 'after', bytes, 5)).toBe(all.length);
		expect(await held(contract, 'after')).toEqual(await held(contract, 'before'));
	});

	it('is gzip-compressed Arrow, whose columns hold the values as text', async () => {
		const contract = contracts.find((c) => c.id === 'budget-split') as DatasetContract;
		await fill(contract, 'before', []);
		const bytes = await writeColumnar(db, contract, 'before');
		const start = new Uint8Array(await bytes.slice(0, 2).arrayBuffer());
		expect([...start]).toEqual([0x1f, 0x8b]);
		const streams = [];
		for await (const reader of RecordBatchReader.readAll(new Blob([await new Response(bytes.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()]).stream())) {
			streams.push(reader.schema.fields.map((field) => `${field.name}: ${String(field.type)}`));
			for await (const batch of reader) expect(batch.numRows).toBe(0);
		}
		expect(streams).toEqual([contract.columns.map((column) => `${column.name}: Utf8`)]);
	});

	it('refuses bytes whose values no longer fit the contract, leaving the table as it was', async () => {
		const contract = contracts.find((c) => c.id === 'budget-split') as DatasetContract;
		const text = contracts.find((c) => c.id === 'budget-split') as DatasetContract;
		await fill(contract, 'kept', []);
		await db.query(`CREATE OR REPLACE TABLE wrong AS SELECT ${text.columns.map((column) => `'not a value' AS ${sqlIdentifier(column.name)}`).join(', ')}`);
		const wrong = await writeColumnar(db, { ...contract, columns: contract.columns.map((column) => ({ ...column, type: 'text' as const })) }, 'wrong');
		await expect(openColumnar(db, contract, 'kept', wrong)).rejects.toThrow();
		expect(await held(contract, 'kept')).toEqual([]);
		const left = await db.query(`SELECT COUNT(*) AS n FROM duckdb_tables() WHERE table_name = 'kept__kept'`);
		expect(Number(left.get(0)?.['n'])).toBe(0);
	});
});
