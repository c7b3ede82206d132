import { scaleBand, scaleLinear } from 'd3';

/** One bar: a category and its value. */
export interface Bar {
	readonly key: string;
	readonly label: string;
	readonly value: number;
	/** The text printed at the end of the bar. */
	readonly valueLabel: string;
	/** Index into the chart palette: bars of one group share a colour. */
	readonly group: number;
}

/** Sizes of a horizontal bar chart, in SVG user units. */
export interface BarChartSize {
	readonly width: number;
	readonly labelWidth: number;
	readonly valueLabelWidth: number;
	readonly barHeight: number;
	readonly gap: number;
	readonly axisHeight: number;
}

export const defaultBarChartSize: BarChartSize = {
	width: 720,
	labelWidth: 220,
	valueLabelWidth: 130,
	barHeight: 32,
	gap: 14,
	axisHeight: 44
};

/** A bar placed on the chart. */
export interface PlacedBar extends Bar {
	readonly y: number;
	readonly height: number;
	readonly barWidth: number;
}

/** Everything the SVG needs: bars placed, axis ticks, overall height. */
export interface BarLayout {
	readonly bars: readonly PlacedBar[];
	readonly ticks: readonly { value: number; x: number }[];
	readonly plotLeft: number;
	readonly plotWidth: number;
	readonly height: number;
}

/**
 * Lays out horizontal bars from zero, one band per bar, with "nice" ticks.
 * Pure maths (d3 scales) so it can be tested without a browser.
 */
export function layoutBars(bars: readonly Bar[], size: BarChartSize = defaultBarChartSize): BarLayout {
	const plotLeft = size.labelWidth;
	const plotWidth = size.width - size.labelWidth - size.valueLabelWidth;
	const bandHeight = size.barHeight + size.gap;
	const plotHeight = bars.length * bandHeight;
	const max = Math.max(0, ...bars.map((bar) => bar.value));
	const x = scaleLinear().domain([0, max || 1]).nice(5).range([0, plotWidth]);
	const y = scaleBand<string>()
		.domain(bars.map((bar) => bar.key))
		.range([0, plotHeight])
		.paddingInner(size.gap / bandHeight)
		.paddingOuter(size.gap / bandHeight / 2);
	return {
		bars: bars.map((bar) => ({
			...bar,
			y: y(bar.key) ?? 0,
			height: y.bandwidth(),
			barWidth: Math.max(0, x(bar.value))
		})),
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
		plotLeft,
		plotWidth,
		height: plotHeight + size.axisHeight
	};
}

/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrapLabel(label: string, width: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of label.split(/\s+/)) {
		if (current && `${current} ${word}`.length > width) {
			lines.push(current);
			current = word;
		} else {
			current = current ? `${current} ${word}` : word;
		}
	}
	if (current) lines.push(current);
	return lines;
}
