import type { ViewDefinition } from '../view-definition';

/** The safer streets view: what the navigation, home page and pack say of it, and the data it reads. */
export const saferStreetsView: ViewDefinition = {
	id: 'safer-streets',
	path: '/safer-streets',
	title: 'Safer Streets',
	description:
		'The Safer Streets Fund (Round 5) award by bid and intervention, cumulative spend against allocation, money at risk at each year end, what the money bought, and the award reconciled to the penny.',
	// The page's opening paragraph, under its title.
	lead: 'The Safer Streets Fund (Round 5) award to Leicester, Leicestershire and Rutland: what each bid and intervention was awarded, how spend is keeping up with allocation, money at risk at each year end, and what the money bought. Plan themes: Value for Money and Visible Policing.',
	theme: 'Value for Money',
	datasets: ['safer-streets', 'safer-streets-awards'],
	// The street-level files too: the targeted crimes' series and the before-and-after comparison read them.
	loads: ['safer-streets', 'safer-streets-awards', 'street-crime'],
	smallCounts: { suppressed: false, reason: 'it gives money, and crimes that police.uk publishes record by record' },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).saferStreetsSeries(db, filters),
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).saferStreetsFigures(db, filters)
};
