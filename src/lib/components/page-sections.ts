/**
 * A headed section of a view: the `id` and words of its `h2`, which the
 * view's "On this page" contents list links to. Each view keeps its sections
 * in one list (`sections.ts` in its folder) that both the headings and the
 * contents read, so a heading and its link never say different things.
 */
export interface PageSection {
	/** The `id` of the section's heading, the link's target. */
	readonly id: string;
	/** The heading's words, and the link's. */
	readonly title: string;
}

/** The sources at the foot of every view. */
export const sourcesSection = { id: 'sources-title', title: 'Sources' } as const satisfies PageSection;
