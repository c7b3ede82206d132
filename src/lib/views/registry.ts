/**
 * Every view of the dashboard, in the order the navigation shows them. Each
 * view is a folder of src/lib/views holding its definition; the navigation,
 * home page, presenting mode, pack, meetings' choices and the browser tests'
 * page lists are derived from this list, so adding a view is one line here.
 */
import { planAimsView } from './plan-aims/definition';
import { budgetView } from './budget/definition';
import { engagementView } from './engagement/definition';
import { custodyVisitingView } from './custody-visiting/definition';
import { referralsView } from './referrals/definition';
import { saferStreetsView } from './safer-streets/definition';
import { crimeView } from './crime/definition';
import type { ViewDefinition } from './view-definition';

export type { SmallCounts, ViewDefinition } from './view-definition';

/** Every view, in the order the navigation shows them. */
export const views: readonly ViewDefinition[] = [planAimsView, budgetView, engagementView, custodyVisitingView, referralsView, saferStreetsView, crimeView];

/** A view by its id (its path without the slash); throws for none, so a typo fails at once. */
export function viewById(id: string): ViewDefinition {
	const view = views.find((candidate) => candidate.id === id);
	if (!view) throw new Error(`There is no view "${id}"`);
	return view;
}
