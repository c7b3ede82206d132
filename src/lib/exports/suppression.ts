/**
 * Small numbers suppression for what leaves the working screen (exports and
 * the panel pack): a count of people or events below a threshold could
 * identify someone, so it is replaced by the symbol [c] ("confidential", as
 * the Government Statistical Service's symbols have it). Zero is left as it
 * is: it identifies nobody, and "none" is often the point (no issues raised).
 * Money and percentages are never suppressed: callers name the count columns.
 */

/**
 * Whether a view shows its small counts as [c] (in the panel pack, in chart
 * downloads, and on screen when "Hide small counts" is ticked), and if not,
 * why not, in plain words that complete "No count in this section is suppressed: ...".
 */
export type SmallCounts = { readonly suppressed: true } | { readonly suppressed: false; readonly reason: string };

/** The threshold unless the user sets another: counts of 1 to 4 are suppressed. */
export const defaultThreshold = 5;

/** What a suppressed count shows instead of its value. */
export const suppressedSymbol = '[c]';

/** The footnote that explains the symbol, for the threshold in force. */
export function suppressionFootnote(threshold: number = defaultThreshold): string {
	return `${suppressedSymbol} fewer than ${threshold}: suppressed to protect individuals`;
}

/** True when a value is a count small enough to suppress (above zero, below the threshold). */
export function isSuppressed(value: unknown, threshold: number = defaultThreshold): boolean {
	return typeof value === 'number' && value > 0 && value < threshold;
}

/** A count as it may be published: the symbol if suppressed, else the value unchanged. */
export function suppressCount<T>(value: T, threshold: number = defaultThreshold): T | typeof suppressedSymbol {
	return isSuppressed(value, threshold) ? suppressedSymbol : value;
}

/** Rows of a table with the named count columns suppressed, and how many cells were. */
export function suppressColumns<Cell>(
	header: readonly string[],
	rows: readonly (readonly Cell[])[],
	countColumns: readonly string[],
	threshold: number = defaultThreshold
): { rows: (Cell | typeof suppressedSymbol)[][]; suppressed: number } {
	const unknown = countColumns.filter((column) => !header.includes(column));
	// A misspelt column name would silently publish the small numbers it was meant to hide.
	if (unknown.length) throw new Error(`No column ${unknown.map((c) => `"${c}"`).join(', ')} to suppress in ${header.join(', ')}`);
	const counts = new Set(countColumns.map((column) => header.indexOf(column)));
	let suppressed = 0;
	const safe = rows.map((row) =>
		row.map((cell, index) => {
			if (!counts.has(index) || !isSuppressed(cell, threshold)) return cell;
			suppressed++;
			return suppressedSymbol;
		})
	);
	return { rows: safe, suppressed };
}

/** The threshold from its URL form: a whole number from 1 (nothing suppressed) to 100, else the default. */
export function thresholdFromParam(param: string | null): number {
	if (param === null || !/^\d{1,3}$/.test(param.trim())) return defaultThreshold;
	const value = Number(param);
	return value >= 1 && value <= 100 ? value : defaultThreshold;
}
