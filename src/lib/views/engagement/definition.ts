import type { ViewDefinition } from '../view-definition';
import { engagementSeries } from './series';

/** The engagement view: what the navigation, home page and pack say of it, and the data it reads. */
export const engagementView: ViewDefinition = {
	id: 'engagement',
	path: '/engagement',
	title: 'Engagement',
	description:
		'Meetings, visits, correspondence and press work reported to the Panel, by type, report and area, with no double counting and sourced to the paragraph.',
	theme: 'Viable Partnerships',
	datasets: ['engagement-events'],
	// The measures-and-aims data gives a monthly series its target, where the data is one (none is set).
	loads: ['engagement-events', 'measure-aims'],
	smallCounts: { suppressed: false, reason: 'these are counts of meetings and events held by the OPCC, not of people' },
	series: engagementSeries
};
