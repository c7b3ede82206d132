import type { Connector } from '$lib/database/database';
import type { ViewFilters } from '$lib/filters/view-filters';
import { loadReferralsView, type ReferralsView } from './referrals';
import { withJudgedSeries, type WithJudged } from '$lib/spc/judge-views';
import { referralsView } from './definition';

/** The referrals view's figures and its series, judged. */
export type ReferralsFigures = WithJudged<ReferralsView>;

/**
 * Everything the referrals page shows for a set of filters and a service (null
 * for all): what the live view asks the browser's engine and what the build
 * asks DuckDB in Node for the page's first figures. The series are judged by
 * the same function as the home page's headlines: one judgement, never a second.
 */
export async function referralsFigures(db: Connector, filters: ViewFilters, service: string | null = null): Promise<ReferralsFigures> {
	return withJudgedSeries(db, referralsView, filters, loadReferralsView(db, filters, service));
}
