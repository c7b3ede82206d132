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
