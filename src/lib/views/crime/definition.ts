import type { ViewDefinition } from '../view-definition';

/** The crime view: what the navigation, home page and pack say of it, and the data it reads. */
export const crimeView: ViewDefinition = {
	id: 'crime',
	path: '/crime',
	title: 'Crime',
	description:
		'Crime and anti-social behaviour recorded by the police, from the police.uk street-level files you load: by type, month and area, and in the Safer Streets areas before and after the bids began.',
	// The page's opening paragraph, under its title.
	lead: "Crime and anti-social behaviour recorded by the police in Leicester, Leicestershire and Rutland, from the street-level files published at data.police.uk: by type, month and area, and in the two Safer Streets areas before and after Round 5 began. Leicestershire Police's files are LLR's figures; another force's files, when loaded, are counted apart and shown only when you choose that force. Plan theme: Visible Policing.",
	theme: 'Visible Policing',
	datasets: ['street-crime'],
	loads: ['street-crime'],
	smallCounts: { suppressed: false, reason: 'police.uk publishes these crimes record by record' },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).crimeSeries(db, filters),
	// Besides the period and area, what in the address changes its figures (a link with one waits for the engine).
	figureParams: ['force'],
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).crimeFigures(db, filters)
};
