import { afterEach, describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { columnsOf, rowsOf } from './arrow-rows';

const realFunction = globalThis.Function;
afterEach(() => {
	globalThis.Function = realFunction;
});

describe('rowsOf', () => {
	it('turns Arrow columns into rows, keeping nulls and converting BigInt', () => {
		const table = tableFromArrays({ name: ['a', 'b'], n: BigInt64Array.from([1n, 2n]), x: Float64Array.from([0.5, 1.5]) });
		expect(rowsOf(table)).toEqual([
			{ name: 'a', n: 1, x: 0.5 },
			{ name: 'b', n: 2, x: 1.5 }
		]);
	});

	it('compiles no code at run time, as the Content-Security-Policy requires', () => {
		const table = tableFromArrays({ name: ['a'], x: Float64Array.from([2]) });
		// What the browser does without 'unsafe-eval': any new Function throws.
		globalThis.Function = function () {
			throw new EvalError('code generation from strings is blocked');
		} as unknown as FunctionConstructor;
		expect(rowsOf(table)).toEqual([{ name: 'a', x: 2 }]);
	});
});

describe('columnsOf', () => {
	it('reads whole columns, nulls as blank text or zero', () => {
		const table = tableFromArrays({ name: ['a', null as unknown as string], n: BigInt64Array.from([1n, 2n]) });
		const columns = columnsOf(table);
		expect(columns.strings('name')).toEqual(['a', '']);
		expect([...columns.numbers('n')]).toEqual([1, 2]);
	});

	it('says so when a column is missing', () => {
		expect(() => columnsOf(tableFromArrays({ n: Float64Array.from([1]) })).strings('name')).toThrow(/no column "name"/);
	});
});
