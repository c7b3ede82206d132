/**
 * Safer Streets Round 5: when it began, what each LLR bid set out to reduce
 * and where, and the re-basing it brings to a series it changes. One place for
 * these facts, read by the Safer Streets view (its spend and the targeted
 * crimes) and the Crime view (crime in the bids' areas), so the two never
 * disagree on the date or the reason.
 */
import type { Area } from '$lib/filters/areas';
import type { Rebase } from './xmr';

/** The first month of Round 5 (its grants ran 1 October 2023 to 31 March 2025), YYYY-MM. */
export const roundFiveStart = '2023-10';

/**
 * The re-basing at the start of Round 5, with its source as a reader finds it:
 * the Commissioner told the Panel the three bids had been awarded in full and
 * were being mobilised.
 */
export const roundFiveRebase: Rebase = {
	period: roundFiveStart,
	reason: "Safer Streets Round 5 began (Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraphs 16-17)"
};

/** One Round 5 bid aimed at particular crimes in one area. */
export interface RoundFiveTarget {
	readonly key: string;
	readonly bid: string;
	readonly district: Area;
	/** The crimes in words, for headings and summaries. */
	readonly crimes: string;
	/** police.uk crime types. */
	readonly types: readonly string[];
}

/**
 * The two Round 5 bids aimed at particular crimes in one area (Commissioner's
 * Update, 13 December 2023, paragraph 17 b and c); the third, on violence
 * against women and girls, is LLR-wide and has no police.uk type of its own.
 */
export const roundFiveTargets: readonly RoundFiveTarget[] = [
	{
		key: 'oadby-and-wigston',
		bid: 'Neighbourhood Crime Oadby and Wigston',
		district: 'Oadby and Wigston',
		crimes: 'burglary and neighbourhood crime',
		types: ['Burglary', 'Robbery', 'Theft from the person', 'Vehicle crime', 'Bicycle theft']
	},
	{ key: 'melton', bid: 'ASB Melton', district: 'Melton', crimes: 'anti-social behaviour', types: ['Anti-social behaviour'] }
];

/**
 * Whether Round 5 changed the process behind a count of these crime types in
 * this area: the area is a bid's, and the count holds crimes the bid targeted
 * (all types together count them too). Null types mean every type.
 */
export function roundFiveChanges(district: string | null, types: readonly string[] | null): boolean {
	const target = roundFiveTargets.find((candidate) => candidate.district === district);
	if (!target) return false;
	return types === null || types.some((type) => target.types.includes(type));
}
