import type { ViewDefinition } from '../view-definition';

/** The plan aims view: what the navigation, home page and pack say of it, and the data it reads. */
export const planAimsView: ViewDefinition = {
	id: 'plan-aims',
	path: '/plan-aims',
	title: 'Plan aims',
	description:
		'The five themes of the Police and Crime Plan, each aim with the measures that evidence it and, where a target is set, its status.',
	theme: 'All five themes',
	datasets: ['plan-aims', 'measure-aims'],
	loads: ['plan-aims', 'measure-aims', 'custody-visits', 'custody-suite-weeks', 'safer-streets'],
	smallCounts: { suppressed: false, reason: "it counts the plan's aims and measures, and gives each measure's figure in full against its target" }
};
