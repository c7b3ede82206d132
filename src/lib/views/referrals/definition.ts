import type { ViewDefinition } from '../view-definition';

/** The referrals view: what the navigation, home page and pack say of it, and the data it reads. */
export const referralsView: ViewDefinition = {
	id: 'referrals',
	path: '/referrals',
	title: 'Referrals',
	description:
		'Monthly referrals by service (illustrative sample) with a 3-month average and last year, beside the published 13,250 child-vulnerability referrals.',
	theme: 'Vulnerability Protection',
	datasets: ['referrals', 'published-referral-totals'],
	loads: ['referrals', 'published-referral-totals'],
	smallCounts: { suppressed: true }
};
