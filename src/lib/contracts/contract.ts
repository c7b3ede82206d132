/**
 * A dataset contract: the single description of one extract. It drives the
 * CSV check, the DuckDB table's SQL types, the data dictionary users read and
 * the test fixtures, so that adding a dataset means adding one contract.
 */

/** The kinds of value a column may hold, in the users' terms. */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'financial-year' | 'month';

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
	/** The least value a number may take (0 for counts, spend and allocations). */
	readonly min?: number;
	/** The greatest value a number may take (4 for a quarter). */
	readonly max?: number;
	/** A date or month that cannot be later than the day the file is loaded (nothing is recorded in advance). */
	readonly notAfterLoadDate?: boolean;
}

/**
 * A rule between columns of one row: the sum of `left` is no greater than
 * `right` (detainees seen no more than offered; a period's start no later
 * than its end). Skipped when any of its cells is blank.
 */
export interface RowRule {
	readonly rule: 'not-greater';
	readonly left: readonly string[];
	readonly right: string;
	/** Why, in the users' words, for the dictionary and the problem. */
	readonly why: string;
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
	/** Rules between the columns of a row, checked after each cell passes its own. */
	readonly rules?: readonly RowRule[];
	/** What the data-quality checks need to know; see `src/lib/quality`. */
	readonly quality?: QualityHints;
}

/** How to check a dataset's quality beyond its contract. */
export interface QualityHints {
	/** Columns that identify a row: two rows alike in these are duplicates. Default: every column. */
	readonly key?: readonly string[];
	/**
	 * Rows with a blank cell in the key are not compared: a blank says the row
	 * has no identity, not that it shares one (police.uk's anti-social behaviour
	 * has no Crime ID, and many such rows are alike in every column).
	 */
	readonly ignoreBlankKey?: boolean;
	/** The date, month or financial-year column that says what period a row covers. */
	readonly period?: string;
	/**
	 * Columns within which a period is its own: a police.uk month is one force's month, so loading
	 * Lancashire's October must not replace Leicestershire's.
	 */
	readonly periodWithin?: readonly string[];
	/** A regular series in which a missing week or month is a gap, per group of `by` columns. */
	readonly series?: { readonly column: string; readonly step: 'week' | 'month'; readonly by: readonly string[] };
}

/** The names of the provenance columns, any of which an uploaded file may leave out. */
export const provenanceNames: readonly string[] = ['source_document', 'source_ref', 'illustrative'];

/** The provenance columns' values for the rows of an uploaded file that has none. */
export function uploadedProvenance(file: string, sha256: string, loadedAt: string): Readonly<Record<string, string>> {
	return { source_document: `uploaded: ${file}`, source_ref: `SHA-256 ${sha256}; loaded ${loadedAt}`, illustrative: 'false' };
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
			"The document the figure comes from: its id in the source register (data/source-register.csv), or `uploaded: <file name>` for a user's upload. An uploaded file may leave out any of the three provenance columns: its rows then get `uploaded: <file name>`.",
		required: true,
		example: 'police-and-crime-plan-2017'
	},
	{
		name: 'source_ref',
		type: 'text',
		description:
			"Where in that document, as a reader holding it finds it: section, paragraph, table or page. For an uploaded file without provenance columns: `SHA-256 <the file's digest, 64 hex digits>; loaded <ISO 8601 time>`.",
		required: true,
		example: 'Value for Money section, 2017/18 budget table'
	},
	{
		name: 'illustrative',
		type: 'boolean',
		description:
			'true when the row is an illustrative sample generated for demonstration, not a published figure; false when it is published (and for an uploaded file without provenance columns: an uploaded extract, not a published figure).',
		required: true,
		example: 'false'
	}
];
