/**
 * Money in the house style (GOV.UK): £ and figures with thousands separators,
 * millions as "£154.5m", whole pounds unless pence matter to a reconciliation.
 */

// Made once: toLocaleString with options builds a new formatter on every call, which a redrawn table pays
// hundreds of times over. Intl.NumberFormat's format gives the same text.
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upToTwoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

// A minus sign, not a hyphen, before the £: "−£0.5m" reads as one figure, and a CSV cell never starts with "-".
const sign = (amount: number) => (amount < 0 ? '−' : '');

/** £ millions to one decimal place, as the papers print them: 154.5 → "£154.5m" (GOV.UK style, never "£154.5M"). */
export function formatMillions(amountInMillions: number): string {
	const rounded = Math.round(amountInMillions * 10) / 10;
	return `${rounded < 0 ? '−' : ''}£${oneDecimal.format(Math.abs(rounded))}m`;
}

/** Whole pounds with thousands separators, as awards are written: 315568 → "£315,568", 313967.89 → "£313,968". */
export function formatPounds(amount: number): string {
	const rounded = Math.round(amount);
	return `${sign(rounded)}£${wholeNumber.format(Math.abs(rounded))}`;
}

/** Pounds and pence, for a table whose figures are reconciled to the penny: 315568 → "£315,568.00". */
export function formatPence(amount: number): string {
	const rounded = Math.round(amount * 100) / 100;
	return `${sign(rounded)}£${twoDecimals.format(Math.abs(rounded))}`;
}

/** Whether an amount has pence that whole pounds would lose (to the penny, so float noise is not pence). */
export function hasPence(amount: number): boolean {
	return Math.round(amount * 100) % 100 !== 0;
}

/**
 * How a table writes its money: whole pounds, unless any figure in it has pence
 * (so pence matter to adding it up), and then pence on every figure, so a column
 * never sets "£315,568" beside "£313,967.89". Nulls and non-numbers are skipped.
 */
export function poundsFor(amounts: Iterable<number | null | undefined>): (amount: number) => string {
	for (const amount of amounts) {
		if (typeof amount === 'number' && Number.isFinite(amount) && hasPence(amount)) return formatPence;
	}
	return formatPounds;
}

/**
 * How a chart axis writes money, decided once for the whole axis so its ticks read
 * alike: in £m when the axis reaches a million ("£0.5m", "£1.25m": the one place
 * below a million is written in millions, in a sequence that passes one), else
 * whole pounds ("£250,000"). Never "k" or "M".
 */
export function poundsTickFor(axisMax: number): (amount: number) => string {
	if (Math.abs(axisMax) >= 1_000_000) {
		return (amount) => (amount === 0 ? '£0' : `${sign(amount)}£${upToTwoDecimals.format(Math.abs(amount) / 1_000_000)}m`);
	}
	return formatPounds;
}
