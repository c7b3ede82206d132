/** When Safer Streets Round 5 began (1 October 2023), as the first month "after". */
export const roundFiveStart = '2023-10';

/** Months compared either side of the start: twelve, so each side has every season once. */
export const monthsEitherSide = 12;

/** One Safer Streets bid's target: the crime types it set out to reduce, in its area. */
export interface SaferStreetsComparison {
	readonly key: string;
	readonly bid: string;
	readonly district: string;
	/** The crimes in words, for headings and the summary. */
	readonly crimes: string;
	/** police.uk crime types. */
	readonly types: readonly string[];
}

/**
 * The two Round 5 bids aimed at particular crimes in one area (the third, on
 * violence against women and girls, is LLR-wide and has no police.uk type of its own).
 */
export const saferStreetsComparisons: readonly SaferStreetsComparison[] = [
	{
		key: 'oadby-and-wigston',
		bid: 'Neighbourhood Crime Oadby and Wigston',
		district: 'Oadby and Wigston',
		crimes: 'burglary and neighbourhood crime',
		types: ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft']
	},
	{ key: 'melton', bid: 'ASB Melton', district: 'Melton', crimes: 'anti-social behaviour', types: ['Anti-social behaviour'] }
];
