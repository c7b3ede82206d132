import type { ViewDefinition } from '../view-definition';

/** The referrals view: what the navigation, home page and pack say of it, and the data it reads. */
export const referralsView: ViewDefinition = {
	id: 'referrals',
	path: '/referrals',
	title: 'Referrals',
	description: 'Monthly referrals by service (illustrative sample) with a 3-month average and last year, beside the published 13,250 child-vulnerability referrals.',
	// The page's opening paragraph, under its title.
	lead: 'Referrals each month to victim services, restorative justice and violence reduction, and the child-vulnerability referrals the police make to partners, with the totals the papers publish. Plan themes: Victim Services and Vulnerability Protection.',
	theme: 'Vulnerability Protection',
	datasets: ['referrals', 'published-referral-totals'],
	// The measures-and-aims data gives each series its target (none is set for referral volumes).
	loads: ['referrals', 'published-referral-totals', 'measure-aims'],
	smallCounts: { suppressed: true },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).referralsSeries(db, filters),
	// Besides the period and area, what in the address changes its figures (a link with one waits for the engine).
	figureParams: ['service'],
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).referralsFigures(db, filters)
};
