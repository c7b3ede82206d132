import { contractById } from '$lib/contracts/registry';
import type { DatasetContract } from '$lib/contracts/contract';
import { viewById, views, type SmallCounts } from '$lib/views/registry';
import { viewComponents, type ViewComponent } from '$lib/views/view-components';

/** A view as the pack shows it: the view's own component over the datasets its page loads. */
export interface PackView {
	/** The view's path without the slash: "budget". */
	readonly id: string;
	readonly title: string;
	readonly description: string;
	readonly theme: string;
	readonly datasets: readonly DatasetContract[];
	/** Whether the view shows small counts as [c], and if not, why not: as the view's definition declares it. */
	readonly smallCounts: SmallCounts;
	/** The view's own component; `brief` asks for its short form, where it has one. */
	readonly component: ViewComponent;
}

function packView(id: string): PackView {
	const view = viewById(id);
	const component = viewComponents[id];
	if (!component) throw new Error(`The view "${id}" has no component`);
	return { id, title: view.title, description: view.description, theme: view.theme, datasets: view.loads.map(contractById), smallCounts: view.smallCounts, component };
}

/** The plan aims, which open every pack in their brief form. */
export const planAimsView: PackView = packView('plan-aims');

/** The views a pack may include, in the navigation's order: every registered view but the plan aims. */
export const packViews: readonly PackView[] = views.filter((view) => view.id !== planAimsView.id).map((view) => packView(view.id));
