import type { Component } from 'svelte';
import { contractById } from '$lib/contracts/registry';
import type { DatasetContract } from '$lib/contracts/contract';
import type { Connector } from '$lib/database/database';
import { views, type SmallCounts } from '$lib/views';
import BudgetView from '../budget/BudgetView.svelte';
import CrimeView from '../crime/CrimeView.svelte';
import CustodyView from '../custody-visiting/CustodyView.svelte';
import EngagementView from '../engagement/EngagementView.svelte';
import PlanAimsView from '../plan-aims/PlanAimsView.svelte';
import ReferralsView from '../referrals/ReferralsView.svelte';
import SaferStreetsView from '../safer-streets/SaferStreetsView.svelte';

/** A view as the pack shows it: the view's own component over the datasets its page loads. */
export interface PackView {
	/** The view's path without the slash: "budget". */
	readonly id: string;
	readonly title: string;
	readonly description: string;
	readonly theme: string;
	readonly datasets: readonly DatasetContract[];
	/** Whether the view shows small counts as [c], and if not, why not: as the view list declares it. */
	readonly smallCounts: SmallCounts;
	/** The view's own component; `brief` asks for its short form, where it has one. */
	readonly component: Component<{ db: Connector; brief?: boolean }>;
}

function packView(id: string, datasetIds: readonly string[], component: PackView['component']): PackView {
	const view = views.find((candidate) => candidate.path === `/${id}`);
	if (!view) throw new Error(`The pack offers /${id}, which is not in the list of views`);
	return {
		id,
		title: view.title,
		description: view.description,
		theme: view.theme,
		datasets: datasetIds.map(contractById),
		smallCounts: view.smallCounts,
		component
	};
}

// The datasets each view's own page loads (its +page.svelte), which may be more than the view lists.
/** The plan aims, which open every pack in their brief form. */
export const planAimsView: PackView = packView(
	'plan-aims',
	['plan-aims', 'measure-aims', 'custody-visits', 'custody-suite-weeks', 'safer-streets'],
	PlanAimsView
);

/** The views a pack may include, in the navigation's order. */
export const packViews: readonly PackView[] = [
	packView('budget', ['budget-split'], BudgetView),
	packView('engagement', ['engagement-events'], EngagementView),
	packView('custody-visiting', ['custody-visits', 'custody-suite-weeks'], CustodyView),
	packView('referrals', ['referrals', 'published-referral-totals'], ReferralsView),
	packView('safer-streets', ['safer-streets', 'safer-streets-awards'], SaferStreetsView),
	packView('crime', ['street-crime'], CrimeView)
];
