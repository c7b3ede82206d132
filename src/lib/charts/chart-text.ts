/**
 * Text sizes for charts drawn 1:1 in CSS pixels. The layouts run without a
 * browser (and before fonts load), so they estimate a label's width from its
 * length: 0.6 em a character is wider than the average of system sans-serif
 * fonts, so an estimate errs towards more room, never less.
 */

/** The smallest text any chart draws, in CSS pixels (the house rule). */
export const smallestChartText = 12;

/** The chart's label size for a page font size: 14 px on a 16 px page, larger when presenting. */
export function chartTextSize(pageFontSize: number): number {
	return Math.max(smallestChartText, Math.round(pageFontSize * 0.875));
}

/** The size of tick and axis text: one pixel under the labels, never under 12 px. */
export function tickTextSize(labelSize: number): number {
	return Math.max(smallestChartText, labelSize - 1);
}

/** The width a line of text is allowed for, in CSS pixels, at a font size. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

/** How many characters fit in `width` pixels at a font size (at least one). */
export function charactersIn(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * 0.6)));
}

/**
 * The width allowed for bold text (the lines' own labels): bold runs wider, up
 * to 0.73 em a character for a word such as "month" as Chromium draws it, so
 * 0.75 em.
 */
export function boldTextWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.75;
}

/** How many bold characters fit in `width` pixels at a font size (at least one). */
export function boldCharactersIn(width: number, fontSize: number): number {
	return Math.max(1, Math.floor(width / (fontSize * 0.75)));
}
