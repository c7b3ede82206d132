import type { PageSection } from '$lib/components/page-sections';

/**
 * A theme of the plan as a section of the Plan aims view: its heading and the
 * page's "On this page" link both read this, so they never say different things.
 */
export function themeSection(theme: string): PageSection {
	return { id: `theme-${theme.replaceAll(' ', '-')}`, title: theme };
}
