import { isSuppressed, suppressedSymbol } from '$lib/exports/suppression';
import { formatCount } from '$lib/format/uk';
import type { PublishedReferralTotal } from './referrals';
import { periodChange } from '$lib/shaping/period-change';
import { citationText } from '$lib/sources/citation-text';
import { monthLabel } from '$lib/format/uk';
import { formatAverage, type ServiceSeries } from './referrals-series';

/** "a, b and c". */
const list = (parts: readonly string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? ''));

/** The latest month against its average and last year; a count hidden as [c] takes no comparison, which would give it away. */
function latestSentence(service: ServiceSeries, threshold: number | undefined): string {
	const latest = service.latest;
	if (!latest) return '';
	const hidden = (n: number | null) => threshold !== undefined && isSuppressed(n, threshold);
	const average = latest.rolling_average === null ? '' : ` (3-month average ${formatAverage(latest.rolling_average)})`;
	const lastYear =
		latest.last_year === null
			? 'no figure for the same month last year'
			: hidden(latest.referrals) || hidden(latest.last_year)
				? `no comparison with the same month last year, as a count below ${threshold} is not given`
				: `against the same month last year: ${periodChange(latest.last_year, latest.referrals).text}`;
	const referrals = hidden(latest.referrals) ? suppressedSymbol : formatCount(latest.referrals);
	return `In ${monthLabel(latest.month, true)}, ${service.service} had ${referrals} referrals${average}; ${lastYear}.`;
}

/**
 * A plain-English paragraph generated from the referral figures: the sample's
 * totals by service for the period, each service's latest month against its
 * average and last year, then the published totals, kept apart and never
 * summed with the sample.
 */
export function referralsSummary(
	services: readonly ServiceSeries[],
	published: readonly PublishedReferralTotal[],
	periodText: string,
	area: string | null,
	/** Referral counts below this are given as [c], as the tables beside it give them (the panel pack, or when chosen). */
	threshold?: number
): string {
	const sample = services.some((service) => service.illustrative) ? 'The monthly figures are an illustrative sample, not published figures. ' : '';
	const where = area
		? `across Leicester, Leicestershire and Rutland (referrals are not recorded by area, so these are not figures for ${area})`
		: 'across Leicester, Leicestershire and Rutland';
	const total = services.reduce((sum, service) => sum + service.total, 0);
	const sentences = services.length
		? [
				services.length === 1
					? `${sample}For ${periodText} ${where}, they show ${formatCount(total)} ${services[0]?.service} referrals.`
					: `${sample}For ${periodText} ${where}, they show ${formatCount(total)} referrals: ${list(services.map((s) => `${s.service} ${formatCount(s.total)}`))}.`,
				...services.map((service) => latestSentence(service, threshold))
			]
		: [`No monthly referrals are held for ${periodText}.`];
	const printed = published.map(
		// Each figure names its paper and the place in it, as a reader holding the paper finds it (never the register's id).
		(p) => `${p.qualifier === 'more than' ? 'over ' : ''}${formatCount(p.referrals)} ${p.service} referrals (${citationText(p)})`
	);
	if (printed.length) {
		const undated = published.every((p) => p.period_start === null) ? ' (their dates are not given, so the period filter does not apply)' : '';
		sentences.push(`Published separately in the papers${undated}: ${list(printed)}. These are the papers' own figures and are not added to the monthly figures.`);
	}
	return sentences.join(' ');
}
