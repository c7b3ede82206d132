import { formatCount } from '$lib/format/uk';

/** Words for an activity the paper mentions without a number: never shown as 0. */
export const mentionedNotCounted = 'mentioned, not counted';

/**
 * A type's counted figure in words: the number when something was counted;
 * otherwise why nothing was added, so a 0 never stands for "not given".
 */
export function countedText(counted: number, alsoReported: number, notCounted: number): string {
	if (counted > 0) return formatCount(counted);
	// Nothing was added: the table says 0, as tables write zero, and its "May overlap, not added" column says why.
	if (alsoReported > 0) return '0';
	if (notCounted > 0) return mentionedNotCounted;
	return '0';
}

/** One item's count as the paper gives it. */
export function itemCountText(count: number | null): string {
	return count === null ? mentionedNotCounted : formatCount(count);
}

/** Whether an item is added to the totals, and if not, why. */
export function inTotalsText(item: { count: number | null; may_overlap: boolean }): string {
	if (item.may_overlap) return item.count === null ? 'No: may overlap, no number given' : 'No: may overlap';
	return item.count === null ? 'No: no number given' : 'Yes';
}

/** A count in a table cell: zero is "0", as every table writes it (prose says "none"). */
export function countOrNone(n: number): string {
	return formatCount(n);
}
