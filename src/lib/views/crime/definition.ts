import type { ViewDefinition } from '../view-definition';

/** The crime view: what the navigation, home page and pack say of it, and the data it reads. */
export const crimeView: ViewDefinition = {
	id: 'crime',
	path: '/crime',
	title: 'Crime',
	description:
		'Crime and anti-social behaviour recorded by the police, from the police.uk street-level files you load: by type, month and area, and in the Safer Streets areas before and after the bids began.',
	theme: 'Visible Policing',
	datasets: ['street-crime'],
	loads: ['street-crime'],
	smallCounts: { suppressed: false, reason: 'police.uk publishes these crimes record by record' },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).crimeSeries(db, filters)
};
