import type { ViewDefinition } from '../view-definition';
import { referralsSeries } from './series';

/** The referrals view: what the navigation, home page and pack say of it, and the data it reads. */
export const referralsView: ViewDefinition = {
	id: 'referrals',
	path: '/referrals',
	title: 'Referrals',
	description:
		'Monthly referrals by service (illustrative sample), each judged for signals against its process limits, with a 3-month average and last year, beside the published 13,250 child-vulnerability referrals.',
	theme: 'Vulnerability Protection',
	datasets: ['referrals', 'published-referral-totals'],
	// The measures-and-aims data gives each series its target (none is set for referral volumes).
	loads: ['referrals', 'published-referral-totals', 'measure-aims'],
	smallCounts: { suppressed: true },
	series: referralsSeries
};
