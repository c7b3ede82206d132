import type { ViewDefinition } from '../view-definition';

/** The plan aims view: what the navigation, home page and pack say of it, and the data it reads. */
export const planAimsView: ViewDefinition = {
	id: 'plan-aims',
	path: '/plan-aims',
	title: 'Plan aims',
	description: 'The five themes of the Police and Crime Plan, each aim with the measures that evidence it and, where a target is set, its status.',
	// The page's opening paragraph, under its title.
	lead: 'The five themes of the Police and Crime Plan 2017-2021, each aim with the measures that evidence it, and where a target is set, how the measure stands against it.',
	theme: 'All five themes',
	datasets: ['plan-aims', 'measure-aims'],
	loads: ['plan-aims', 'measure-aims', 'custody-visits', 'custody-suite-weeks', 'safer-streets'],
	smallCounts: { suppressed: false, reason: "it counts the plan's aims and measures, and gives each measure's figure in full against its target" },
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).planAimsFigures(db, filters)
};
