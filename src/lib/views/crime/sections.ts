import { sourcesSection, type PageSection } from '$lib/components/page-sections';
import { monthLabel } from '$lib/format/uk';
import { roundFiveStart } from './safer-streets-comparisons';

/**
 * The Crime view's sections below its opening (the summary and all recorded
 * crime month by month, judged), in the order the page shows them: their
 * headings and the page's "On this page" list both read this list. The
 * before-and-after comparison of the Safer Streets areas is shown on the
 * Safer Streets view too, under the same heading.
 */
export const crimeSections = {
	byType: { id: 'by-type-title', title: 'By type' },
	byMonth: { id: 'by-month-title', title: 'Month by month' },
	byArea: { id: 'by-area-title', title: 'By area' },
	outcomes: { id: 'outcomes-title', title: 'Outcomes of these crimes' },
	beforeAfter: { id: 'before-after-title', title: `Safer Streets areas: before and after ${monthLabel(roundFiveStart, true)}` },
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
