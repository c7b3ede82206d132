import { wrapLabel } from '$lib/charts/bar-layout';

/** One key entry of a chart: its colour, and a dash for comparison lines. */
export interface LegendEntry {
	readonly label: string;
	readonly colour: string;
	/** A line sample (dashed or not) rather than a filled swatch. */
	readonly line?: boolean;
	readonly dashed?: boolean;
}

/** What a standalone chart image carries around the chart itself. */
export interface StandaloneSvgOptions {
	/** The chart's own SVG content, serialised as XML, drawn in a box of `width` × `height` user units. */
	readonly body: string;
	readonly width: number;
	readonly height: number;
	readonly title: string;
	readonly period?: string;
	readonly sources: readonly string[];
	readonly marking: string;
	readonly legend: readonly LegendEntry[];
	readonly footnote?: string;
	/** A label shown as a tag under the title, such as "Illustrative sample: not published figures". */
	readonly tag?: string;
}

// The app's chart styles with the values written out: the file must not depend on the page.
const styles = [
	"svg { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }",
	'text { fill: #0b0c0c; }',
	'.chart-body { font-size: 14px; }',
	'.gridline { stroke: #d9d9d9; }',
	'.baseline { stroke: #0b0c0c; }',
	'.tick, .axis-label { fill: #484949; font-size: 13px; }',
	'.title { font-size: 18px; font-weight: 700; }',
	'.period, .legend { font-size: 14px; }',
	'.source { font-size: 12px; fill: #484949; }',
	'.marking { fill: #ffffff; font-size: 12px; font-weight: 700; letter-spacing: 0.1em; }',
	'.tag { fill: #6e3619; font-size: 14px; font-weight: 700; }'
].join('\n');

/** Text made safe inside XML. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const pad = 16;
const band = 22;

function markingBand(y: number, width: number, marking: string): string {
	return `<rect x="0" y="${y}" width="${width}" height="${band}" fill="#0b0c0c"/><text class="marking" x="${width / 2}" y="${y + 15}" text-anchor="middle">${escapeXml(marking)}</text>`;
}

/** Lays the key out in rows, each entry as wide as its label needs (about 7.5 units a character at 14px). */
function legendRows(entries: readonly LegendEntry[], y: number, width: number): { svg: string; height: number } {
	let x = pad;
	let row = 0;
	const parts = entries.map((entry) => {
		const entryWidth = 36 + entry.label.length * 7.5 + 24;
		if (x > pad && x + entryWidth > width - pad) {
			x = pad;
			row++;
		}
		const top = y + row * 22;
		const sample = entry.line
			? `<line x1="${x}" x2="${x + 28}" y1="${top + 6}" y2="${top + 6}" stroke="${entry.colour}" stroke-width="3"${entry.dashed ? ' stroke-dasharray="6 4"' : ''}/>`
			: `<rect x="${x + 6}" y="${top - 2}" width="16" height="16" fill="${entry.colour}"/>`;
		const text = `<text class="legend" x="${x + (entry.line ? 36 : 28)}" y="${top + 11}">${escapeXml(entry.label)}</text>`;
		x += entryWidth;
		return sample + text;
	});
	return { svg: parts.join(''), height: entries.length ? (row + 1) * 22 + 6 : 0 };
}

/**
 * A chart as a file that stands on its own: the protective marking at top and
 * bottom, the title, period and key above the chart, the sources below, and
 * the styles written into it. It references nothing outside itself.
 */
export function standaloneSvg(options: StandaloneSvgOptions): string {
	const { width, height } = options;
	const parts: string[] = [markingBand(0, width, options.marking)];
	let y = band + 12;
	for (const line of wrapLabel(options.title, Math.floor((width - 2 * pad) / 10))) {
		y += 22;
		parts.push(`<text class="title" x="${pad}" y="${y}">${escapeXml(line)}</text>`);
	}
	if (options.period) {
		y += 22;
		parts.push(`<text class="period" x="${pad}" y="${y}">${escapeXml(`Period: ${options.period}`)}</text>`);
	}
	if (options.tag) {
		// The app's "Illustrative sample" tag: dark brown on light orange, about 8 units a character in bold.
		parts.push(`<rect x="${pad}" y="${y + 8}" width="${Math.ceil(options.tag.length * 8) + 12}" height="22" fill="#fcd6c3"/>`);
		parts.push(`<text class="tag" x="${pad + 6}" y="${y + 24}">${escapeXml(options.tag)}</text>`);
		y += 30;
	}
	y += 14;
	const legend = legendRows(options.legend, y, width);
	parts.push(legend.svg);
	y += legend.height;
	parts.push(`<svg class="chart-body" x="0" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${options.body}</svg>`);
	y += height + 8;
	const notes = [...options.sources.map((source) => `Source: ${source}`), ...(options.footnote ? [options.footnote] : [])];
	for (const note of notes) {
		for (const line of wrapLabel(note, Math.floor((width - 2 * pad) / 6.6))) {
			y += 16;
			parts.push(`<text class="source" x="${pad}" y="${y}">${escapeXml(line)}</text>`);
		}
	}
	y += 14;
	parts.push(markingBand(y, width, options.marking));
	const total = y + band;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
		`<title>${escapeXml(options.title)}</title>`,
		`<style>${styles}</style>`,
		`<rect x="0" y="0" width="${width}" height="${total}" fill="#ffffff"/>`,
		...parts,
		'</svg>'
	].join('\n');
}
