import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnContract } from '$lib/contracts/contract';
import { sqlString } from '$lib/contracts/sql-types';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { rowsOf } from '$lib/database/arrow-rows';
import { cellPassesSql } from './bulk-check-sql';
import { isValidValue } from './check-value';

// The large-file check tests cells in SQL; the small-file check in
// TypeScript. For every kind of column, each awkward value must get the same
// verdict from both, or one path would load a row the other rejects.

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

const column = (type: ColumnContract['type'], extra: Partial<ColumnContract> = {}): ColumnContract => ({
	name: 'cell',
	type,
	description: '',
	required: true,
	example: '',
	...extra
});

const awkward = [
	'',
	' ',
	'0',
	'-0',
	'7',
	'-12',
	'+5',
	' 5',
	'5 ',
	'1.',
	'.5',
	'1.5',
	'1.55',
	'1.555',
	'-1.123456',
	'1.1234567',
	'1e5',
	'0x1F',
	'1_000',
	'1,000',
	'٣',
	'９',
	'9007199254740991',
	'9007199254740992',
	'-9007199254740991',
	'99999999999999999999999',
	'2147483648',
	'2024-04-01',
	'2024-02-29',
	'2023-02-29',
	'2024-13-01',
	'2024-4-1',
	'01/04/2024',
	'0099-12-31',
	'0100-01-01',
	'9999-12-31',
	'2024-04-01 ',
	'2024-04',
	'2024-00',
	'2024-13',
	'2024-1',
	'24-04',
	'2017/18',
	'2017/19',
	'1999/00',
	'2017/2018',
	'17/18',
	'true',
	'false',
	'TRUE',
	'True',
	'yes',
	'1',
	't',
	'line',
	'subtotal',
	'Line',
	'a\nb',
	'"quoted"'
];

const columns: Record<string, ColumnContract> = {
	text: column('text'),
	integer: column('integer'),
	'decimal (2 places)': column('decimal'),
	'decimal (6 places)': column('decimal', { decimalPlaces: 6 }),
	date: column('date'),
	boolean: column('boolean'),
	'financial year': column('financial-year'),
	month: column('month'),
	'code list': column('text', { allowed: ['line', 'subtotal', 'total'] }),
	'optional number': column('integer', { required: false })
};

describe('a cell gets the same verdict in SQL as in the small-file check', () => {
	for (const [name, contract] of Object.entries(columns)) {
		it(name, async () => {
			// DuckDB reads a blank cell as NULL, so a blank is tested as NULL here too.
			const values = awkward.map((value) => (value === '' ? 'NULL' : sqlString(value))).map((value, index) => `(${index}, ${value})`);
			const verdicts = rowsOf<{ i: number; ok: boolean }>(
				await db.query(`SELECT i, ${cellPassesSql(contract, 'v')} AS ok FROM (VALUES ${values.join(', ')}) AS t(i, v) ORDER BY i`)
			);
			const sql = Object.fromEntries(verdicts.map((verdict) => [awkward[verdict.i] ?? '', verdict.ok]));
			const small = Object.fromEntries(awkward.map((value) => [value, value === '' ? !contract.required : isValidValue(contract, value)]));
			expect(sql).toEqual(small);
		});
	}
});
