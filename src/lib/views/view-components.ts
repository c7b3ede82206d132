/**
 * Each view's own component, by view id, for the pages that draw views they
 * do not own (the panel pack). Kept apart from the registry so that what only
 * needs the list of views (navigation, presenting mode, downloads) does not
 * load every view's code.
 */
import type { Component } from 'svelte';
import type { Connector } from '$lib/database/database';
import BudgetView from './budget/BudgetView.svelte';
import CrimeView from './crime/CrimeView.svelte';
import CustodyView from './custody-visiting/CustodyView.svelte';
import EngagementView from './engagement/EngagementView.svelte';
import PlanAimsView from './plan-aims/PlanAimsView.svelte';
import ReferralsView from './referrals/ReferralsView.svelte';
import SaferStreetsView from './safer-streets/SaferStreetsView.svelte';

/** A view's component: given the query client of its datasets; `brief` asks for its short form, where it has one. */
export type ViewComponent = Component<{ db: Connector; brief?: boolean }>;

/** Every registered view's component, by view id (a test holds it to the registry). */
export const viewComponents: Readonly<Record<string, ViewComponent>> = {
	'plan-aims': PlanAimsView,
	budget: BudgetView,
	engagement: EngagementView,
	'custody-visiting': CustodyView,
	referrals: ReferralsView,
	'safer-streets': SaferStreetsView,
	crime: CrimeView
};
