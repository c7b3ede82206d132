import { views, type SmallCounts } from '$lib/views/registry';
import { suppressionFootnote } from '$lib/exports/suppression';

/**
 * What each view's declared small-counts rule (`smallCounts` in $lib/views/registry)
 * means for the words a reader sees: the pack's section keys and cover, and
 * the note on the working screen. One place, so that no page claims a
 * suppression its figures do not have.
 */

/**
 * A view's rule from the page's route and its parameters: every view is drawn by the one route
 * `/[view=view]`, named by its `view` parameter. Undefined for a page that is not a view (the data page).
 */
export function smallCountsOfPage(routeId: string | null, params: Partial<Record<string, string>>): SmallCounts | undefined {
	if (routeId !== '/[view=view]') return undefined;
	return views.find((view) => view.id === params.view)?.smallCounts;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The line under a pack section: the [c] footnote where the view suppresses, else why it does not. Nothing when the threshold suppresses nothing. */
export function sectionSuppressionNote(rule: SmallCounts, threshold: number): string | undefined {
	if (threshold <= 1) return undefined;
	return rule.suppressed ? `${suppressionFootnote(threshold)}.` : `No count in this section is suppressed: ${rule.reason}.`;
}

/** The cover's line: which sections show small counts as [c], in words, and that the others say why they do not. */
export function packSuppressionNote(sections: readonly { title: string; smallCounts: SmallCounts }[], threshold: number): string | undefined {
	if (threshold <= 1) return undefined;
	const suppressing = sections.filter((section) => section.smallCounts.suppressed).map((section) => section.title);
	const others = sections.filter((section) => !section.smallCounts.suppressed).map((section) => section.title);
	if (!suppressing.length) return 'No count in this pack is suppressed: each section says why.';
	const where = `${suppressionFootnote(threshold)}, in ${listInWords(suppressing)} only; money and percentages are never suppressed.`;
	return others.length ? `${where} No count is suppressed in ${listInWords(others)}: each of those sections says why.` : where;
}
