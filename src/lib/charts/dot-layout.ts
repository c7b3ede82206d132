import { scaleLinear } from 'd3';
import { formatAxisPercent } from '$lib/format/uk';
import { axisNameX, stackedBelow, wrapLabel } from './bar-layout';
import { boldTextWidth, charactersIn, textWidth, tickTextSize } from './chart-text';

/**
 * A dot plot: one row per category, a dot at its value. Its length carries no
 * meaning, so unlike a bar its axis need not start at zero: where the values
 * sit close together near the top of their scale (custody suites visited 90-99%
 * of their weeks), an axis that starts nearer the data shows the differences a
 * bar from zero would hide, and says so in words (Analysis Function guidance).
 */

/** One dot: a category and its value. */
export interface Dot {
	readonly key: string;
	readonly label: string;
	readonly value: number;
	/** The text printed beside the dot. */
	readonly valueLabel: string;
	/** Index into the chart palette: dots of one group share a colour. */
	readonly group: number;
}

/** The scale the values are on: what it can run from and to, and the round steps its start may take. */
export interface DotScale {
	/** The lowest value the measure can take (0 for a percentage). */
	readonly floor: number;
	/** The highest value shown (100 for a percentage). */
	readonly ceiling: number;
	/** The start is a multiple of this (10 percentage points). */
	readonly step: number;
}

/** A percentage: 0 to 100, starting at a multiple of 10. */
export const percentScale: DotScale = { floor: 0, ceiling: 100, step: 10 };

/**
 * Where the axis starts, from the data: the largest multiple of `scale.step`
 * below both the lowest value and the target (so no dot and no target sits on
 * the axis's start, where the break is drawn), at least two steps below the
 * ceiling (so one missed week in thirteen, 92.3%, does not fill the chart),
 * never below the scale's floor; and the floor itself when that start would be
 * less than half way up the scale, where a shorter axis hides little and saves
 * little room.
 */
export function dotAxisStart(values: readonly number[], target: number | null, scale: DotScale = percentScale): number {
	const lowest = Math.min(...values, ...(target === null ? [] : [target]));
	if (!Number.isFinite(lowest)) return scale.floor;
	// Strictly below: a value exactly on a step still gets the step under it.
	const start = Math.min((Math.ceil(lowest / scale.step) - 1) * scale.step, scale.ceiling - 2 * scale.step);
	if (start <= scale.floor) return scale.floor;
	return start - scale.floor < (scale.ceiling - scale.floor) / 2 ? scale.floor : start;
}

/** What the chart has to draw in: the width of its box and its label size, in CSS pixels. */
export interface DotPlotSize {
	readonly width: number;
	readonly fontSize: number;
}

/** The size drawn before the page measures the chart's box (at build time, for example). */
export const defaultDotPlotSize: DotPlotSize = { width: 720, fontSize: 14 };

/** A dot placed on the chart, its category label broken into lines and its value label beside it. */
export interface PlacedDot extends Dot {
	readonly x: number;
	/** The middle of the dot's row. */
	readonly y: number;
	readonly labelLines: readonly string[];
	readonly labelX: number;
	/** The middle of the label's first line. */
	readonly labelY: number;
	/** Where the value label starts ('start') or ends ('end'): on whichever side of the dot it fits. */
	readonly valueX: number;
	readonly valueAnchor: 'start' | 'end';
}

/** Everything the SVG needs, in CSS pixels; x and y are relative to the plot's top left corner. */
export interface DotLayout {
	readonly dots: readonly PlacedDot[];
	readonly ticks: readonly { value: number; x: number; label: string }[];
	/** The axis's start, and whether it is above the scale's floor (then a break is drawn and the axis says so). */
	readonly start: number;
	readonly broken: boolean;
	readonly target: { readonly x: number; readonly label: string; readonly labelX: number; readonly anchor: 'start' | 'middle' | 'end' } | null;
	/** The axis label, wrapped, then the sentence saying where the axis starts when it is not the floor. */
	readonly axisLines: readonly string[];
	/** Where the axis lines are centred, relative to the plot's left. */
	readonly axisX: number;
	readonly radius: number;
	readonly plotLeft: number;
	readonly plotTop: number;
	readonly plotWidth: number;
	readonly plotHeight: number;
	readonly width: number;
	readonly height: number;
	readonly stacked: boolean;
	readonly fontSize: number;
	readonly tickSize: number;
	readonly lineHeight: number;
}

/** What to lay out besides the dots: the scale, a target to draw as a line, how values read, the axis's name. */
export interface DotPlotOptions {
	readonly scale?: DotScale;
	readonly target?: number | null;
	/** "Target 100%": the words over the target's line. */
	readonly targetLabel?: string;
	readonly format?: (value: number) => string;
	readonly axisLabel?: string;
}

/** The sentence the axis (and the chart's description) carries when it does not start at the floor. */
export function axisStartWords(start: number, scale: DotScale, format: (value: number) => string): string {
	return start > scale.floor ? `The axis starts at ${format(start)}, not at ${format(scale.floor)}.` : '';
}

const percent = formatAxisPercent;

/**
 * Lays out dots on an axis from `dotAxisStart` to the scale's ceiling for a box
 * `size.width` pixels wide, drawn 1:1 so that text keeps its size: labels wrap,
 * and under 560 px sit above their row; ticks thin until each fits its slot;
 * each value label goes on the side of its dot where it fits.
 */
export function layoutDots(dots: readonly Dot[], size: DotPlotSize = defaultDotPlotSize, options: DotPlotOptions = {}): DotLayout {
	const { width, fontSize } = size;
	const scale = options.scale ?? percentScale;
	const format = options.format ?? percent;
	const target = options.target ?? null;
	const tickSize = tickTextSize(fontSize);
	const lineHeight = Math.round(fontSize * 1.15);
	const stacked = width < stackedBelow;
	const radius = Math.max(5, Math.round(fontSize * 0.45));
	const start = dotAxisStart(
		dots.map((dot) => dot.value),
		target,
		scale
	);
	const end = Math.max(scale.ceiling, ...dots.map((dot) => dot.value));
	const broken = start > scale.floor;

	const labelWidth = stacked ? width : Math.min(240, Math.round(width * 0.32));
	const labelChars = charactersIn(labelWidth - 12, fontSize);
	// The first and last tick labels are centred on the axis's ends: leave each half its width.
	const plotLeft = stacked ? Math.ceil(textWidth(format(start), tickSize) / 2) + 2 : labelWidth;
	const valueGap = radius + 6;
	const widestValue = Math.max(0, ...dots.map((dot) => textWidth(dot.valueLabel, fontSize)));
	const endRoom = Math.ceil(textWidth(format(end), tickSize) / 2) + 4;

	// First with the plot to the box's right edge; if some value label then fits on neither side of its dot, again
	// with room on the right for the widest, where every label fits.
	const attempt = (rightRoom: number) => {
		const plotWidth = Math.max(40, width - plotLeft - rightRoom);
		const x = scaleLinear().domain([start, end]).range([0, plotWidth]);
		const fits = (dot: Dot) => {
			const at = x(dot.value);
			const w = textWidth(dot.valueLabel, fontSize);
			return at + valueGap + w <= plotWidth + rightRoom || at - valueGap - w >= (stacked ? -plotLeft : 0);
		};
		return { plotWidth, x, allFit: dots.every(fits) };
	};
	let chosen = attempt(endRoom);
	if (!chosen.allFit) chosen = attempt(Math.max(endRoom, Math.ceil(widestValue + valueGap)));
	const { plotWidth, x } = chosen;
	const rightRoom = width - plotLeft - plotWidth;

	// Ticks: as many as six, fewer until each label fits the room to the next.
	let ticks: { value: number; x: number; label: string }[] = [];
	for (let count = 6; count >= 1; count -= 1) {
		ticks = x.ticks(count).map((value) => ({ value, x: x(value), label: format(value) }));
		const slot = ticks.length > 1 ? ticks[1]!.x - ticks[0]!.x : plotWidth;
		if (ticks.every((tick) => textWidth(tick.label, tickSize) + 8 <= slot)) break;
	}

	const targetLabel = options.targetLabel ?? (target === null ? '' : `Target ${format(target)}`);
	// A line of room above the rows for the target's label.
	const plotTop = target === null ? Math.round(fontSize / 2) : lineHeight + 6;
	const rowHeight = Math.round(fontSize * 2.1);
	const gap = Math.round(fontSize * 0.75);
	let y = 0;
	const placed = dots.map((dot): PlacedDot => {
		const labelLines = wrapLabel(dot.label, labelChars);
		const labelHeight = labelLines.length * lineHeight;
		const at = x(dot.value);
		const w = textWidth(dot.valueLabel, fontSize);
		const right = at + valueGap + w <= plotWidth + rightRoom;
		const value = { valueX: right ? at + valueGap : at - valueGap, valueAnchor: right ? ('start' as const) : ('end' as const) };
		const top = y;
		if (stacked) {
			y += labelHeight + rowHeight + gap;
			return { ...dot, ...value, labelLines, labelX: -plotLeft, labelY: top + lineHeight / 2, x: at, y: top + labelHeight + rowHeight / 2 };
		}
		const band = Math.max(rowHeight, labelHeight);
		y += band + gap;
		return { ...dot, ...value, labelLines, labelX: -10, labelY: top + band / 2 - ((labelLines.length - 1) * lineHeight) / 2, x: at, y: top + band / 2 };
	});
	const plotHeight = Math.max(rowHeight, y - gap);

	const axisChars = charactersIn(width, tickSize);
	const axisLines = [...(options.axisLabel ? wrapLabel(options.axisLabel, axisChars) : []), ...wrapLabel(axisStartWords(start, scale, format), axisChars)];
	const axisHeight = tickSize + 12 + axisLines.length * (tickSize + 4) + 8;

	let targetMark: DotLayout['target'] = null;
	if (target !== null) {
		const tx = x(target);
		// The target's label is bold, which runs wider.
		const half = boldTextWidth(targetLabel, tickSize) / 2;
		// Centred over its line where it fits; otherwise flush with the line, inside the box.
		const anchor = tx + half > plotWidth + rightRoom ? 'end' : tx - half < -plotLeft ? 'start' : 'middle';
		targetMark = { x: tx, label: targetLabel, labelX: tx, anchor };
	}

	return {
		dots: placed,
		ticks,
		start,
		broken,
		target: targetMark,
		axisLines,
		axisX: axisNameX(axisLines, tickSize, { width, plotLeft, plotWidth }),
		radius,
		plotLeft,
		plotTop,
		plotWidth,
		plotHeight,
		width,
		height: plotTop + plotHeight + axisHeight,
		stacked,
		fontSize,
		tickSize,
		lineHeight
	};
}
