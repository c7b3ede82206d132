import type { ViewDefinition } from '../view-definition';

/** The custody visiting view: what the navigation, home page and pack say of it, and the data it reads. */
export const custodyVisitingView: ViewDefinition = {
	id: 'custody-visiting',
	path: '/custody-visiting',
	title: 'Custody visiting',
	description: 'How often independent custody visitors checked on detainees in each custody suite against the weekly standard, the detainees they saw and the issues they raised.',
	// The page's opening paragraph, under its title.
	lead: 'How often independent custody visitors, volunteers from the community, checked on detainees in the custody suites of Leicester, Leicestershire and Rutland; how many detainees they saw; and the issues they raised. Plan themes: Viable Partnerships and Vulnerability Protection.',
	theme: 'Vulnerability Protection',
	datasets: ['custody-visits', 'custody-suite-weeks'],
	// The measures-and-aims data gives the standards their targets, as it does on the plan aims.
	loads: ['custody-visits', 'custody-suite-weeks', 'measure-aims'],
	smallCounts: { suppressed: true },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).custodySeries(db, filters),
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).custodyFigures(db, filters)
};
