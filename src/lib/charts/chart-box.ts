import { chartTextSize } from './chart-text';

/** The room a chart has: its box's width and the label size for the page's font size, in CSS pixels. */
export interface ChartBox {
	readonly width: number;
	readonly fontSize: number;
}

/**
 * Calls `measured` with the box's width and text size now and whenever either
 * changes (a phone turned, a window resized, presenting mode's larger type).
 * Returns the function that stops watching.
 */
export function observeChartBox(node: HTMLElement, measured: (box: ChartBox) => void): () => void {
	const measure = () => {
		const width = Math.floor(node.clientWidth);
		if (width > 0) measured({ width, fontSize: chartTextSize(parseFloat(getComputedStyle(node).fontSize) || 16) });
	};
	const observer = new ResizeObserver(measure);
	observer.observe(node);
	// Presenting mode changes the type size without always changing the width.
	const attributes = new MutationObserver(measure);
	attributes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-presenting'] });
	measure();
	return () => {
		observer.disconnect();
		attributes.disconnect();
	};
}
