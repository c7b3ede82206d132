import type { ViewDefinition } from '../view-definition';

/** The engagement view: what the navigation, home page and pack say of it, and the data it reads. */
export const engagementView: ViewDefinition = {
	id: 'engagement',
	path: '/engagement',
	title: 'Engagement',
	description: 'Meetings, visits, correspondence and press work reported to the Panel, by type, report and area, with no double counting and sourced to the paragraph.',
	// The page's opening paragraph, under its title.
	lead: 'Meetings, visits, correspondence and press work of the Commissioner, the Deputy Commissioner and the office, counted as the Commissioner reported them to the Police and Crime Panel, by type, report and area. Plan theme: Viable Partnerships.',
	theme: 'Viable Partnerships',
	datasets: ['engagement-events'],
	// The measures-and-aims data gives a monthly series its target, where the data is one (none is set).
	loads: ['engagement-events', 'measure-aims'],
	smallCounts: { suppressed: false, reason: 'these are counts of meetings and events held by the OPCC, not of people' },
	// Loaded when first asked for: the navigation reads every definition, and needs none of the SQL.
	series: async (db, filters) => (await import('./series')).engagementSeries(db, filters),
	// Its figures, the one loader the live view and the build both run; imported when first asked for.
	figures: async (db, filters) => (await import('./figures')).engagementFigures(db, filters)
};
