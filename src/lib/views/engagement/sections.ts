import { sourcesSection, type PageSection } from '$lib/components/page-sections';

/**
 * The Engagement view's sections below its opening (the summary and the
 * chart by type), in the order the page shows them: their headings and the
 * page's "On this page" list both read this list.
 */
export const engagementSections = {
	changes: { id: 'change-title', title: 'Change between reports' },
	byArea: { id: 'by-area-title', title: 'Engagement by area' },
	items: { id: 'items-title', title: 'Every item, with its source' },
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
