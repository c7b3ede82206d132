import { sourcesSection, type PageSection } from '$lib/components/page-sections';
import { saferStreetsSections } from '../safer-streets/sections';

/**
 * The Crime view's sections below its opening (the summary and all recorded
 * crime month by month, judged), in the order the page shows them: their
 * headings and the page's "On this page" list both read this list. The
 * before-and-after comparison is the Safer Streets view's section, shown here too.
 */
export const crimeSections = {
	byType: { id: 'by-type-title', title: 'By type' },
	byMonth: { id: 'by-month-title', title: 'Month by month' },
	byArea: { id: 'by-area-title', title: 'By area' },
	outcomes: { id: 'outcomes-title', title: 'Outcomes of these crimes' },
	beforeAfter: saferStreetsSections.beforeAfter,
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
