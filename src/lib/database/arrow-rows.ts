import { fromArrow } from 'arquero';
import type { Table } from 'apache-arrow';

type ArrowInput = Parameters<typeof fromArrow>[0];

/**
 * An Arrow result as typed row objects. arquero reads the Arrow columns; the
 * rows are assembled here because arquero's own `objects()` and verbs compile
 * code with `new Function`, which the Content-Security-Policy forbids (no
 * 'unsafe-eval'). `fromArrow`, `columnNames` and `array` compile nothing.
 * The row type is the caller's promise about the SQL's columns, which the
 * measures' tests hold it to.
 */
export function rowsOf<Row>(table: Table): Row[] {
	// arquero 8 reads apache-arrow tables at run time, though its types name only flechette's.
	const columns = fromArrow(table as unknown as ArrowInput);
	const names = columns.columnNames();
	const arrays = names.map((name) => columns.array(name) as ArrayLike<unknown>);
	const rows: Row[] = [];
	for (let index = 0; index < columns.numRows(); index++) {
		const row: Record<string, unknown> = {};
		names.forEach((name, column) => {
			const value = arrays[column]?.[index];
			// DuckDB answers 64-bit integers as BigInt; the measures cast to 32-bit, this is a backstop.
			row[name] = typeof value === 'bigint' ? Number(value) : (value ?? null);
		});
		rows.push(row as Row);
	}
	return rows;
}

/** An Arrow result's columns by name, for results read column by column rather than row by row. */
export interface ArrowColumns {
	/** A text column; a null reads as ''. */
	strings(name: string): string[];
	/** A numeric column; a null reads as 0. */
	numbers(name: string): Float64Array;
}

/** An Arrow result as whole columns (read by arquero, compiling nothing, as `rowsOf` does). */
export function columnsOf(table: Table): ArrowColumns {
	const columns = fromArrow(table as unknown as ArrowInput);
	const array = (name: string) => {
		if (!columns.columnNames().includes(name)) throw new Error(`The result has no column "${name}".`);
		return columns.array(name) as ArrayLike<unknown>;
	};
	return {
		strings: (name) => Array.from(array(name), (value) => (value == null ? '' : String(value))),
		numbers: (name) => Float64Array.from(array(name), (value) => (value == null ? 0 : Number(value)))
	};
}
