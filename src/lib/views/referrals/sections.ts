import { sourcesSection, type PageSection } from '$lib/components/page-sections';

/**
 * The Referrals view's sections below its summary, in the order the page
 * shows them: their headings and the page's "On this page" list both read this
 * list. The first is every service's referrals by month, judged, a chart each:
 * the contents come before it, or they would follow four charts.
 */
export const referralsSections = {
	monthly: { id: 'monthly-title', title: 'Referrals by month: signal or noise' },
	comparisons: { id: 'comparisons-title', title: 'Against the 3-month average and the same month last year' },
	published: { id: 'published-title', title: 'Published figures, not part of the sample' },
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
