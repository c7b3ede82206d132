import { fromArrow } from 'arquero';
import type { Table } from 'apache-arrow';

/**
 * An Arrow result as typed row objects, through arquero (its Arrow reader is
 * the fast path). The row type is the caller's promise about the SQL's columns,
 * which the measures' tests hold it to.
 */
export function rowsOf<Row>(table: Table): Row[] {
	return fromArrow(table).objects() as Row[];
}
