import { formatDecimal } from '$lib/format/uk';
import { scaleLinear } from 'd3';
import { charactersIn, textWidth, tickTextSize } from './chart-text';

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

/** What the chart has to draw in: the width of its box and its label size, in CSS pixels. */
export interface BarChartSize {
	readonly width: number;
	readonly fontSize: number;
}

/** The size drawn before the page measures the chart's box (at build time, for example). */
export const defaultBarChartSize: BarChartSize = { width: 720, fontSize: 14 };

/** Below this width a label takes a line of its own above its bar, so the bar keeps its room. */
export const stackedBelow = 560;

/** A bar placed on the chart, with its label broken into lines. */
export interface PlacedBar extends Bar {
	readonly y: number;
	readonly height: number;
	readonly barWidth: number;
	readonly labelLines: readonly string[];
	/** Where the label's first line sits (its middle), relative to the plot. */
	readonly labelX: number;
	readonly labelY: number;
}

/** Everything the SVG needs: bars placed, axis ticks, overall size and text sizes. */
export interface BarLayout {
	readonly bars: readonly PlacedBar[];
	readonly ticks: readonly { value: number; x: number; label: string }[];
	readonly plotLeft: number;
	readonly plotWidth: number;
	readonly plotHeight: number;
	readonly width: number;
	readonly height: number;
	/** Labels above their bars (narrow screens) rather than beside them. */
	readonly stacked: boolean;
	readonly fontSize: number;
	readonly tickSize: number;
	readonly lineHeight: number;
	/** The axis's name, wrapped to the box's width, drawn centred at `axisX` under the ticks. */
	readonly axisLines: readonly string[];
	readonly axisX: number;
}

/** What to draw besides the bars: a fixed axis end, and the axis's name. */
export interface BarOptions {
	/** The axis's end, when fixed: 100 for shares, so each bar is seen against the whole. */
	readonly scaleMax?: number;
	readonly axisLabel?: string;
}

/**
 * Where to centre an axis's name, relative to the plot's left: under the middle
 * of the plot where its widest line fits the box there, else the middle of the
 * box (on a phone, where the plot is narrow and sits to one side).
 */
export function axisNameX(lines: readonly string[], size: number, box: { width: number; plotLeft: number; plotWidth: number }): number {
	const half = Math.max(0, ...lines.map((line) => textWidth(line, size))) / 2;
	const middle = box.plotLeft + box.plotWidth / 2;
	return (middle - half >= 0 && middle + half <= box.width ? middle : box.width / 2) - box.plotLeft;
}

/**
 * Ticks for a linear scale on `plotWidth` pixels: as many as five, fewer when
 * the labels would not fit their slot (the distance between two ticks).
 */
export function fittingTicks(
	domainMax: number,
	plotWidth: number,
	tickSize: number,
	format: (value: number) => string
): { scale: ReturnType<typeof scaleLinear<number, number>>; ticks: { value: number; x: number; label: string }[] } {
	for (let count = 5; count >= 1; count -= 1) {
		const scale = scaleLinear()
			.domain([0, domainMax || 1])
			.nice(count)
			.range([0, plotWidth]);
		const values = scale.ticks(count);
		const ticks = values.map((value) => ({ value, x: scale(value), label: format(value) }));
		const slot = ticks.length > 1 ? ticks[1]!.x - ticks[0]!.x : plotWidth;
		if (count === 1 || ticks.every((tick) => textWidth(tick.label, tickSize) + 8 <= slot)) return { scale, ticks };
	}
	throw new Error('unreachable');
}

/**
 * Lays out horizontal bars from zero for a box `size.width` pixels wide, drawn
 * 1:1 so that text keeps its size: labels wrap to the room they have, and under
 * 560 px sit above their bars; ticks thin until each label fits its slot.
 * `scaleMax` fixes the axis's end (100 for shares, so each bar is seen against
 * the whole); otherwise it ends at a round number above the longest bar. The
 * axis's name wraps to the box, so a phone shows all of it.
 */
export function layoutBars(
	bars: readonly Bar[],
	size: BarChartSize = defaultBarChartSize,
	format: (value: number) => string = formatDecimal,
	{ scaleMax, axisLabel = '' }: BarOptions = {}
): BarLayout {
	const { width, fontSize } = size;
	const tickSize = tickTextSize(fontSize);
	const lineHeight = Math.round(fontSize * 1.15);
	const stacked = width < stackedBelow;
	const valueLabelWidth = Math.max(0, ...bars.map((bar) => textWidth(bar.valueLabel, fontSize))) + 12;
	const labelWidth = stacked ? width : Math.min(240, Math.round(width * 0.32));
	const labelChars = charactersIn(labelWidth - 12, fontSize);
	const max = Math.max(0, scaleMax ?? 0, ...bars.map((bar) => bar.value));
	// The first tick's label is centred on the baseline: leave it half its width.
	const plotLeft = stacked ? Math.ceil(textWidth(format(0), tickSize) / 2) + 2 : labelWidth;
	const plotWidth = Math.max(40, width - plotLeft - valueLabelWidth);
	const { scale, ticks } = fittingTicks(max, plotWidth, tickSize, format);
	const barHeight = Math.round(fontSize * 2.1);
	const gap = Math.round(fontSize);
	const axisLines = wrapLabel(axisLabel, charactersIn(width, tickSize));
	const axisHeight = tickSize + fontSize + 20 + Math.max(0, axisLines.length - 1) * (tickSize + 4);
	let y = gap / 2;
	const placed = bars.map((bar): PlacedBar => {
		const labelLines = wrapLabel(bar.label, labelChars);
		const labelHeight = labelLines.length * lineHeight;
		const top = y;
		if (stacked) {
			// Label lines first, then the bar under them.
			y += labelHeight + 4 + barHeight + gap;
			return { ...bar, labelLines, labelX: -plotLeft, labelY: top + lineHeight / 2, y: top + labelHeight + 4, height: barHeight, barWidth: Math.max(0, scale(bar.value)) };
		}
		const band = Math.max(barHeight, labelHeight);
		y += band + gap;
		const barTop = top + (band - barHeight) / 2;
		return {
			...bar,
			labelLines,
			labelX: -10,
			labelY: top + band / 2 - ((labelLines.length - 1) * lineHeight) / 2,
			y: barTop,
			height: barHeight,
			barWidth: Math.max(0, scale(bar.value))
		};
	});
	const plotHeight = y - gap / 2;
	return {
		bars: placed,
		ticks,
		plotLeft,
		plotWidth,
		plotHeight,
		width,
		height: plotHeight + axisHeight,
		stacked,
		fontSize,
		tickSize,
		lineHeight,
		axisLines,
		axisX: axisNameX(axisLines, tickSize, { width, plotLeft, plotWidth })
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
