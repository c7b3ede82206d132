/** Counts, averages and percentages in the house style: thousands separators, and only the precision the data supports. */

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A count with thousands separators: 13250 → "13,250"; zero is "0", as a table writes it. */
export function formatCount(count: number): string {
	return wholeNumber.format(count);
}

/**
 * A count in a sentence: zero is the word "none" ("none spent more than it was
 * allocated"), anything else its figure. Tables write zero as "0" (formatCount).
 */
export function formatCountInProse(count: number): string {
	return count === 0 ? 'none' : formatCount(count);
}

/**
 * An average of whole counts, to the precision the counts support: from 100 up,
 * a whole number (1,533, not "1,533.0": a tenth of a referral in a thousand is
 * noise, not news); below 100, one decimal place (4.3), where a tenth still moves
 * the figure. The cut is on the rounded figure, so 99.96 is "100", never "100.0".
 */
export function formatAverage(value: number): string {
	return Math.abs(Math.round(value * 10) / 10) >= 100 ? wholeNumber.format(value) : oneDecimal.format(value);
}

/**
 * A figure that may be a count or a figure worked out from counts (a process
 * limit, a centre line): a whole number as a count, anything else as an average.
 */
export function formatCountOrAverage(value: number): string {
	return Number.isInteger(value) ? formatCount(value) : formatAverage(value);
}

/** A percentage to one decimal place: 96 → "96.0%". */
export function formatPercent(value: number): string {
	return `${oneDecimal.format(value)}%`;
}

/** A percentage on a chart's axis, or in words about where an axis starts: as few places as it needs, 80 → "80%", 92.5 → "92.5%". */
export function formatAxisPercent(value: number): string {
	return `${upToOneDecimal.format(value)}%`;
}

/** A plain figure with separators and at most one decimal place, for a measured quantity that is not a count: 12.34 → "12.3". */
export function formatDecimal(value: number): string {
	return upToOneDecimal.format(value);
}
