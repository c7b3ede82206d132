/**
 * Whether a view shows its small counts as [c] (in the panel pack, in chart
 * downloads, and on screen when "Hide small counts" is ticked), and if not,
 * why not, in plain words that complete "No count in this section is suppressed: ...".
 */
export type SmallCounts = { readonly suppressed: true } | { readonly suppressed: false; readonly reason: string };

/** A view of the dashboard, as the navigation and home page list it. */
export interface ViewLink {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The Police and Crime Plan theme the view mainly evidences. */
	readonly theme: string;
	/** Datasets the view draws on (contract ids). */
	readonly datasets: readonly string[];
	/** Declared for every view, so a pack or download never claims suppression the view does not do. */
	readonly smallCounts: SmallCounts;
}

/** Every view, in the order the navigation shows them. */
export const views: readonly ViewLink[] = [
	{
		path: '/plan-aims',
		title: 'Plan aims',
		description:
			'The five themes of the Police and Crime Plan, each aim with the measures that evidence it and, where a target is set, its status.',
		theme: 'All five themes',
		datasets: ['plan-aims', 'measure-aims'],
		smallCounts: { suppressed: false, reason: "it counts the plan's aims and measures, and gives each measure's figure in full against its target" }
	},
	{
		path: '/budget',
		title: 'Budget',
		description:
			'The net budget requirement split between the force, regional collaboration, commissioned services, the OPCC office and capital, checked against its totals.',
		theme: 'Value for Money',
		datasets: ['budget-split'],
		smallCounts: { suppressed: false, reason: 'it gives money, not counts of people' }
	},
	{
		path: '/engagement',
		title: 'Engagement',
		description:
			'Meetings, visits, correspondence and press work reported to the Panel, by type, report and area, with no double counting and sourced to the paragraph.',
		theme: 'Viable Partnerships',
		datasets: ['engagement-events'],
		smallCounts: { suppressed: false, reason: 'these are counts of meetings and events held by the OPCC, not of people' }
	},
	{
		path: '/custody-visiting',
		title: 'Custody visiting',
		description:
			'How often independent custody visitors checked on detainees in each custody suite against the weekly standard, the detainees they saw and the issues they raised.',
		theme: 'Vulnerability Protection',
		datasets: ['custody-visits', 'custody-suite-weeks'],
		smallCounts: { suppressed: true }
	},
	{
		path: '/referrals',
		title: 'Referrals',
		description:
			'Monthly referrals by service (illustrative sample) with a 3-month average and last year, beside the published 13,250 child-vulnerability referrals.',
		theme: 'Vulnerability Protection',
		datasets: ['referrals', 'published-referral-totals'],
		smallCounts: { suppressed: true }
	},
	{
		path: '/safer-streets',
		title: 'Safer Streets',
		description:
			'The Safer Streets Fund (Round 5) award by bid and intervention, cumulative spend against allocation, money at risk at each year end, what the money bought, and the award reconciled to the penny.',
		theme: 'Value for Money',
		datasets: ['safer-streets', 'safer-streets-awards'],
		smallCounts: { suppressed: false, reason: 'it gives money, and crimes that police.uk publishes record by record' }
	},
	{
		path: '/crime',
		title: 'Crime',
		description:
			'Crime and anti-social behaviour recorded by the police, from the police.uk street-level files you load: by type, month and area, and in the Safer Streets areas before and after the bids began.',
		theme: 'Visible Policing',
		datasets: ['street-crime'],
		smallCounts: { suppressed: false, reason: 'police.uk publishes these crimes record by record' }
	}
];
