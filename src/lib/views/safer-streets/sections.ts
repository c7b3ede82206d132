import { sourcesSection, type PageSection } from '$lib/components/page-sections';
import { crimeSections } from '../crime/sections';

/**
 * The Safer Streets view's sections below its opening (the summary and spend
 * against profile by quarter, judged), in the order the page shows them:
 * their headings and the page's "On this page" list both read this list. The
 * before-and-after comparison is the Crime view's section, shown here too.
 */
export const saferStreetsSections = {
	award: { id: 'award-title', title: 'Award by bid and intervention' },
	spend: { id: 'spend-title', title: 'Spend against allocation' },
	atRisk: { id: 'at-risk-title', title: 'Money at risk' },
	bought: { id: 'bought-title', title: 'What it bought' },
	reconciliation: { id: 'reconciliation-title', title: 'Reconciliation check' },
	targetedCrimes: { id: 'targeted-crimes-title', title: 'The crimes the area bids targeted, month by month' },
	beforeAfter: crimeSections.beforeAfter,
	sources: sourcesSection
} as const satisfies Record<string, PageSection>;
