import { formatCount, formatPercent } from '$lib/format/uk';
import type { CrimeByDistrict, CrimeByType } from './street-crime';
import { outsideLlr } from './street-crime';
import { llrForce } from '$lib/datasets/police-uk-files';
import { antisocialBehaviour } from './street-crime-charts';

/** "a, b and c". */
const list = (parts: readonly string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));
const percentOf = (part: number, whole: number) => formatPercent(whole > 0 ? (100 * part) / whole : 0);

/** What the street-crime summary is written from. */
export interface StreetCrimeSummaryInput {
	/** "2023/24", or the months loaded when no period is chosen. */
	readonly periodText: string;
	readonly area: string | null;
	readonly byType: readonly CrimeByType[];
	readonly byDistrict: readonly CrimeByDistrict[];
	readonly illustrative: boolean;
	/** The force whose records these are; Leicestershire Police when not given. */
	readonly force?: string;
}

/**
 * A plain-English paragraph generated from the figures in view: how many
 * records, crimes against anti-social behaviour, the three most common types
 * with their shares, and (for all of LLR) how many fall outside it.
 */
export function streetCrimeSummary({ periodText, area, byType, byDistrict, illustrative, force = llrForce }: StreetCrimeSummaryInput): string {
	const sample = illustrative ? 'These records are an illustrative sample, not police.uk data. ' : '';
	const llr = force === llrForce;
	const where = area ?? (llr ? 'Leicester, Leicestershire and Rutland' : `the area ${force} covers`);
	const total = byType.reduce((sum, row) => sum + row.crimes, 0);
	// The force is named last, so the sentence a reader quotes stays the same whichever force it is.
	const whose = llr ? `All are ${force}'s records.` : `All are ${force}'s records, another force than ${llrForce}: none is in LLR's figures.`;
	if (total === 0) return `${sample}The street-level files of ${force} loaded hold no records for ${periodText} in ${where}.`;
	const asb = byType.find((row) => row.crime_type === antisocialBehaviour)?.crimes ?? 0;
	const top = byType.slice(0, 3).map((row) => `${row.crime_type.toLowerCase()} (${formatCount(row.crimes)}, ${percentOf(row.crimes, total)})`);
	const sentences = [
		`${sample}For ${periodText} in ${where}, the police.uk street-level files record ${formatCount(total)} crimes and anti-social behaviour incidents: ${formatCount(total - asb)} crimes and ${formatCount(asb)} incidents of anti-social behaviour.`,
		`The most common ${top.length === 1 ? 'type was' : 'types were'} ${list(top)}.`
	];
	const outside = byDistrict.find((row) => row.district === outsideLlr)?.crimes ?? 0;
	// Another force's records are all outside LLR's nine areas: saying so would tell the reader nothing.
	if (llr && !area && outside > 0) {
		sentences.push(
			`${formatCount(outside)} of them (${percentOf(outside, total)}) are just over the border or have no location, so they are counted as "${outsideLlr}", not in any of the nine areas.`
		);
	}
	sentences.push(whose);
	return sentences.join(' ');
}
