import type { ViewDefinition } from '../view-definition';

/** The budget view: what the navigation, home page and pack say of it, and the data it reads. */
export const budgetView: ViewDefinition = {
	id: 'budget',
	path: '/budget',
	title: 'Budget',
	description:
		'The net budget requirement split between the force, regional collaboration, commissioned services, the OPCC office and capital, checked against its totals.',
	theme: 'Value for Money',
	datasets: ['budget-split'],
	loads: ['budget-split'],
	smallCounts: { suppressed: false, reason: 'it gives money, not counts of people' }
};
