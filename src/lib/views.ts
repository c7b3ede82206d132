/** A view of the dashboard, as the navigation and home page list it. */
export interface ViewLink {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The Police and Crime Plan theme the view mainly evidences. */
	readonly theme: string;
	/** Datasets the view draws on (contract ids). */
	readonly datasets: readonly string[];
}

/** Every view, in the order the navigation shows them. */
export const views: readonly ViewLink[] = [
	{
		path: '/plan-aims',
		title: 'Plan aims',
		description:
			'The five themes of the Police and Crime Plan, each aim with the measures that evidence it and, where a target is set, its status.',
		theme: 'All five themes',
		datasets: ['plan-aims', 'measure-aims']
	},
	{
		path: '/budget',
		title: 'Budget',
		description:
			'The net budget requirement split between the force, regional collaboration, commissioned services, the OPCC office and capital, checked against its totals.',
		theme: 'Value for Money',
		datasets: ['budget-split']
	}
];
