import type { ViewDefinition } from '../view-definition';
import { custodySeries } from './series';

/** The custody visiting view: what the navigation, home page and pack say of it, and the data it reads. */
export const custodyVisitingView: ViewDefinition = {
	id: 'custody-visiting',
	path: '/custody-visiting',
	title: 'Custody visiting',
	description:
		'How often independent custody visitors checked on detainees in each custody suite against the weekly standard, the detainees they saw and the issues they raised.',
	theme: 'Vulnerability Protection',
	datasets: ['custody-visits', 'custody-suite-weeks'],
	// The measures-and-aims data gives the standards their targets, as it does on the plan aims.
	loads: ['custody-visits', 'custody-suite-weeks', 'measure-aims'],
	smallCounts: { suppressed: true },
	series: custodySeries
};
