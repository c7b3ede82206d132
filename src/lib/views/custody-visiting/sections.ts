import { sourcesSection, type PageSection } from '$lib/components/page-sections';

/**
 * The Custody visiting view's sections below its opening (the summary, the
 * month-by-month charts and the figures against the standards), in the order
 * the page shows them: their headings and the page's "On this page" list both
 * read this list.
 */
export const custodySections = {
	standard: { id: 'standard-title', title: 'The standard' },
	bySuite: { id: 'by-suite-title', title: 'Weeks visited, by suite' },
	weeks: { id: 'grid-title', title: 'Week by week' },
	visits: { id: 'visits-title', title: 'Scheduled and completed visits' },
	detainees: { id: 'detainees-title', title: 'Detainees' },
	issues: { id: 'issues-title', title: 'Issues found' },
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
