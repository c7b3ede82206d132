import type { PrintBlock } from './pack-pages';

// Elements print keeps whole, and those that break between their lines.
const whole = 'tr, svg, figure, img, .chart, .tag, [data-print-whole]';
const lines = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, caption, summary, blockquote, pre';
const headings = 'h1, h2, h3, h4, h5, h6, caption';

/**
 * A part of the pack as blocks to paginate (pack-pages.ts): its table rows, charts, headings and paragraphs, in
 * reading order, measured where they sit on screen. Hidden elements, and those that do not print, are left out.
 */
export function printBlocks(part: HTMLElement): PrintBlock[] {
	const origin = part.getBoundingClientRect().top;
	const blocks: PrintBlock[] = [];
	const visit = (element: Element) => {
		const box = element.getBoundingClientRect();
		if (box.height === 0 || element.matches('.screen-only, .visually-hidden, button')) return;
		const style = getComputedStyle(element);
		if (element.matches(whole) || style.breakInside === 'avoid' || style.breakInside === 'avoid-page') {
			const header = element.matches('tbody tr') ? element.closest('table')?.tHead?.getBoundingClientRect().height : undefined;
			blocks.push({ top: box.top - origin, height: box.height, kind: 'whole', repeatHeader: header });
			return;
		}
		if (element.matches(lines) || element.children.length === 0) {
			const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
			blocks.push({ top: box.top - origin, height: box.height, kind: 'lines', lineHeight, keepWithNext: element.matches(headings) });
			return;
		}
		for (const child of element.children) visit(child);
	};
	for (const child of part.children) visit(child);
	return blocks.sort((a, b) => a.top - b.top);
}
