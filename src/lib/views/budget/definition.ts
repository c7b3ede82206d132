import type { ViewDefinition } from '../view-definition';

/** The budget view: what the navigation, home page and pack say of it, and the data it reads. */
export const budgetView: ViewDefinition = {
	id: 'budget',
	path: '/budget',
	title: 'Budget',
	description: 'The net budget requirement split between the force, regional collaboration, commissioned services, the OPCC office and capital, checked against its totals.',
	// The page's opening paragraph, under its title.
	lead: 'How the net budget requirement is split between the force, regional collaboration, commissioned services, the Office of the Police and Crime Commissioner and capital. Plan theme: Value for Money.',
	theme: 'Value for Money',
	datasets: ['budget-split'],
	loads: ['budget-split'],
	smallCounts: { suppressed: false, reason: 'it gives money, not counts of people' },
	// Besides the period and area, what in the address changes its figures (a link with one waits for the engine).
	figureParams: ['year'],
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db) => (await import('./budget-view')).loadBudgetView(db, null)
};
