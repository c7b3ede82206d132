import { referralServices } from '$lib/contracts/referrals';
import type { Connector } from '$lib/database/database';
import { periodRange } from '$lib/filters/period';
import type { ViewFilters } from '$lib/filters/view-filters';
import { rowsOf } from '$lib/database/arrow-rows';
import referralsCitationsSql from './referrals-citations.sql?raw';
import referralsMonthlySql from './referrals-monthly.sql?raw';
import referralsPublishedSql from './referrals-published.sql?raw';
import referralsSpanSql from './referrals-span.sql?raw';
import referralsTotalSql from './referrals-total.sql?raw';

/** One service's referrals in one month, with its 3-month average and the same month last year. */
export type ReferralMonth = {
	service: string;
	/** YYYY-MM. */
	month: string;
	referrals: number;
	/** Mean of this month and the two before; null unless all three are held. */
	rolling_average: number | null;
	/** The same month a year earlier; null when it is not held. */
	last_year: number | null;
	illustrative: boolean;
};

/** A referral total as a paper prints it. */
export type PublishedReferralTotal = {
	period_label: string;
	period_start: string | null;
	period_end: string | null;
	service: string;
	referrals: number;
	qualifier: 'exactly' | 'more than';
	wording: string;
	source_document: string;
	source_ref: string;
	illustrative: boolean;
};

/** Where monthly figures come from. */
export type ReferralCitation = { source_document: string; source_ref: string; illustrative: boolean };

/** Everything the referrals view shows for one set of filters. */
export interface ReferralsView {
	readonly months: readonly ReferralMonth[];
	readonly published: readonly PublishedReferralTotal[];
	readonly citations: readonly ReferralCitation[];
	readonly span: { first: string; last: string };
}

/** The service named in the URL, or null (all services) for anything else. */
export function serviceFromParam(param: string | null): string | null {
	return referralServices.find((service) => service === param) ?? null;
}

const dates = (filters: ViewFilters): [string, string] => {
	const range = periodRange(filters.period);
	return [range.start, range.end];
};

/** Monthly referrals by service in the period; referrals have no area, so the area filter is not applied. */
export async function referralMonths(db: Connector, filters: ViewFilters, service: string | null): Promise<ReferralMonth[]> {
	return rowsOf<ReferralMonth>(await db.query(referralsMonthlySql, [...dates(filters), service]));
}

/** The totals the papers print, for one service or all. */
export async function publishedReferralTotals(db: Connector, service: string | null): Promise<PublishedReferralTotal[]> {
	return rowsOf<PublishedReferralTotal>(await db.query(referralsPublishedSql, [service]));
}

/** All referrals in the period, every service, LLR-wide, for the plan-aims page. */
export async function referralTotal(db: Connector, filters: ViewFilters): Promise<{ referrals: number; illustrative: boolean }> {
	const [row] = rowsOf<{ referrals: number; illustrative: boolean }>(await db.query(referralsTotalSql, dates(filters)));
	return row ?? { referrals: 0, illustrative: false };
}

/** Runs every referrals measure for the filters and service, one statement at a time. */
export async function loadReferralsView(db: Connector, filters: ViewFilters, service: string | null): Promise<ReferralsView> {
	const months = await referralMonths(db, filters, service);
	const published = await publishedReferralTotals(db, service);
	const citations = rowsOf<ReferralCitation>(await db.query(referralsCitationsSql, [...dates(filters), service]));
	const [span] = rowsOf<{ first: string | null; last: string | null }>(await db.query(referralsSpanSql));
	return { months, published, citations, span: { first: span?.first ?? '2022-04-01', last: span?.last ?? '2022-04-30' } };
}
