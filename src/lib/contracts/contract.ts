/**
 * A dataset contract: the single description of one extract. It drives the
 * CSV check, the DuckDB table's SQL types, the data dictionary users read and
 * the test fixtures, so that adding a dataset means adding one contract.
 */

/** The kinds of value a column may hold, in the users' terms. */
export type ColumnType =
	| 'text'
	| 'integer'
	| 'decimal'
	| 'date'
	| 'boolean'
	| 'financial-year'
	| 'month';

/** One column of an extract. */
export interface ColumnContract {
	/** The header exactly as it appears in the CSV. */
	readonly name: string;
	readonly type: ColumnType;
	/** What the column means, for the data dictionary. */
	readonly description: string;
	/** Unit of measure, e.g. "£ millions", "%", "count". */
	readonly unit?: string;
	/** A blank cell is an error when true. */
	readonly required: boolean;
	/** The only values allowed, when the column is a code list. */
	readonly allowed?: readonly string[];
	/** Decimal places allowed for a decimal column. */
	readonly decimalPlaces?: number;
	/** A valid example value, used in the dictionary and blank templates. */
	readonly example: string;
}

/** One dataset: its name, the table it becomes, and its columns in order. */
export interface DatasetContract {
	/** Kebab-case id, also the embedded file's stem: `budget-split` reads `data/budget-split.csv`. */
	readonly id: string;
	/** The DuckDB table the extract is loaded into. */
	readonly table: string;
	readonly title: string;
	readonly description: string;
	readonly columns: readonly ColumnContract[];
	/** What the data-quality checks need to know; see `src/lib/quality`. */
	readonly quality?: QualityHints;
}

/** How to check a dataset's quality beyond its contract. */
export interface QualityHints {
	/** Columns that identify a row: two rows alike in these are duplicates. Default: every column. */
	readonly key?: readonly string[];
	/** The date, month or financial-year column that says what period a row covers. */
	readonly period?: string;
	/** A regular series in which a missing week or month is a gap, per group of `by` columns. */
	readonly series?: { readonly column: string; readonly step: 'week' | 'month'; readonly by: readonly string[] };
}

/**
 * Provenance columns every contract ends with: where each row's figure was
 * published, or that it is an illustrative sample and not a published figure.
 */
export const provenanceColumns: readonly ColumnContract[] = [
	{
		name: 'source_document',
		type: 'text',
		description:
			'The document the figure comes from: its id in the source register (data/source-register.csv), or `uploaded: <file name>` for a user\'s upload.',
		required: true,
		example: 'police-and-crime-plan-2017'
	},
	{
		name: 'source_ref',
		type: 'text',
		description: 'Where in that document, as a reader holding it finds it: section, paragraph, table or page (for an upload, its SHA-256 and when it was loaded).',
		required: true,
		example: 'Value for Money section, 2017/18 budget table'
	},
	{
		name: 'illustrative',
		type: 'boolean',
		description:
			'true when the row is an illustrative sample generated for demonstration, not a published figure; false when it is published.',
		required: true,
		example: 'false'
	}
];
