import { line, scaleLinear, scalePoint, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3';
import { gapsIn } from '$lib/spc/period-gaps';
import { variationLabels } from '$lib/spc/point-words';
import type { Variation, XmrAnalysis } from '$lib/spc/xmr';
import { categoricalPalette } from './palette';

/** How each kind of point is marked: colour AND shape, so neither colour vision nor print is needed to tell them apart. */
export const variationStyles: Record<Variation, { label: string; colour: string; shape: 'circle' | 'square' | 'diamond' | 'triangle'; size: number }> = {
	common: { label: variationLabels.common, colour: categoricalPalette[0], shape: 'circle', size: 30 },
	improvement: { label: variationLabels.improvement, colour: categoricalPalette[1], shape: 'square', size: 110 },
	concern: { label: variationLabels.concern, colour: categoricalPalette[3], shape: 'diamond', size: 150 },
	neither: { label: variationLabels.neither, colour: categoricalPalette[2], shape: 'triangle', size: 120 }
};

const shapes = { circle: symbolCircle, square: symbolSquare, diamond: symbolDiamond, triangle: symbolTriangle };

/** The SVG path of a kind of point's marker, drawn about 0,0 (for the chart and its key). */
export function variationMarker(variation: Variation): string {
	const style = variationStyles[variation];
	return symbol(shapes[style.shape], style.size)() ?? '';
}

/** A point placed, with the SVG path of its marker (drawn about 0,0). */
export interface PlacedXmrPoint {
	readonly x: number;
	readonly y: number;
	readonly value: number;
	readonly label: string;
	readonly period: string;
	readonly variation: Variation;
	readonly marker: string;
}

/** A period of limits placed: its span across the chart and the height of its mean and limits. */
export interface PlacedXmrSegment {
	readonly x1: number;
	readonly x2: number;
	readonly mean: number | null;
	readonly upper: number | null;
	readonly lower: number | null;
	readonly values: { mean: number; upper: number; lower: number } | null;
	readonly provisional: boolean;
	/** The reason the limits start again here, for the annotation; null for the first period. */
	readonly reason: string | null;
	readonly fromLabel: string;
	readonly note: string;
}

/** An XmR chart laid out: the values' line and markers, each period's limits, the target, and the axes. */
export interface XmrLayout {
	readonly path: string;
	readonly points: readonly PlacedXmrPoint[];
	readonly segments: readonly PlacedXmrSegment[];
	readonly target: { y: number; value: number } | null;
	readonly xTicks: readonly { label: string; x: number }[];
	readonly yTicks: readonly { value: number; y: number }[];
	/** Each stretch of missing periods: an empty slot on the axis where the line breaks, between the two periods named. */
	readonly gaps: readonly XmrGap[];
	readonly plotWidth: number;
	readonly plotHeight: number;
}

/** Missing periods placed: the middle of their slot, and the periods either side. */
export interface XmrGap {
	readonly x: number;
	readonly after: string;
	readonly before: string;
}

/** An XmR chart's drawn size and margins, in CSS pixels (the chart is drawn 1:1, so its text keeps its size). */
export interface XmrChartSize {
	readonly width: number;
	readonly height: number;
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

/** The chart's size before its box is measured, with room above the plot for a re-basing's reason. */
export const defaultXmrChartSize: XmrChartSize = { width: 720, height: 360, left: 64, right: 16, top: 36, bottom: 56 };

/**
 * The size for a chart drawn `width` pixels wide: one SVG unit per pixel, so
 * its text stays at its CSS size (13 px) on a phone instead of shrinking with
 * a scaled-down drawing; at most one period label per 90 pixels.
 */
export function xmrChartSizeFor(width: number): { size: XmrChartSize; maxLabels: number } {
	const drawn = Math.max(280, Math.round(width));
	const narrow = drawn < 500;
	return {
		size: { ...defaultXmrChartSize, width: drawn, left: narrow ? 44 : defaultXmrChartSize.left, right: narrow ? 8 : defaultXmrChartSize.right },
		maxLabels: Math.max(2, Math.floor((drawn - 60) / 90))
	};
}

/**
 * Lays out an XmR chart: points over the periods, each period's mean and
 * process limits across its own span, the target line, and a y scale wide
 * enough for every value, limit and the target (not from zero: the limits
 * are what a reader compares with).
 */
export function layoutXmr(analysis: XmrAnalysis, size: XmrChartSize = defaultXmrChartSize, maxLabels = 8): XmrLayout {
	const plotWidth = size.width - size.left - size.right;
	const plotHeight = size.height - size.top - size.bottom;
	// Missing periods take one empty slot, whatever their number: the break is seen without years of blank axis.
	const gapSlot = (period: string) => `gap before ${period}`;
	const periods = analysis.points.flatMap((point, index) => (point.afterGap && index > 0 ? [gapSlot(point.period), point.period] : [point.period]));
	const x = scalePoint<string>().domain(periods).range([0, plotWidth]).padding(0.5);
	const heights = [
		...analysis.points.map((point) => point.value),
		...analysis.segments.flatMap((segment) => (segment.limits ? [segment.limits.upperProcessLimit, segment.limits.lowerProcessLimit] : [])),
		...(analysis.target === null ? [] : [analysis.target])
	];
	const low = heights.length ? Math.min(...heights) : 0;
	const high = heights.length ? Math.max(...heights) : 1;
	const y = scaleLinear()
		.domain(low === high ? [low - 1, high + 1] : [low, high])
		.nice(5)
		.range([plotHeight, 0]);
	const half = x.step() / 2;
	const points = analysis.points.map((point) => {
		return {
			x: x(point.period) ?? 0,
			y: y(point.value),
			value: point.value,
			label: point.label,
			period: point.period,
			variation: point.variation,
			marker: variationMarker(point.variation)
		};
	});
	let first = 0;
	const segments = analysis.segments.map((segment) => {
		const start = points[first];
		const end = points[first + segment.count - 1];
		first += segment.count;
		const limits = segment.limits;
		return {
			x1: (start?.x ?? 0) - half,
			x2: (end?.x ?? 0) + half,
			mean: limits ? y(limits.mean) : null,
			upper: limits ? y(limits.upperProcessLimit) : null,
			lower: limits ? y(limits.lowerProcessLimit) : null,
			values: limits ? { mean: limits.mean, upper: limits.upperProcessLimit, lower: limits.lowerProcessLimit } : null,
			provisional: segment.state === 'provisional',
			reason: segment.reason,
			fromLabel: segment.fromLabel,
			note: segment.note
		};
	});
	// Every label at most `maxLabels`, and never closer than the longest label's width and a gap, so they never run together
	// ("December 2023February 2024" in a printed pack).
	const longest = Math.max(0, ...points.map((point) => point.label.length)) * tickCharWidth + tickGap;
	const spacing = points.length > 1 ? x.step() : plotWidth;
	const step = Math.max(1, Math.ceil(points.length / maxLabels), Math.ceil(longest / spacing));
	// One stretch of line per run of successive periods: the line never joins points across a gap.
	const draw = line<PlacedXmrPoint>()
		.x((point) => point.x)
		.y((point) => point.y);
	const runs: PlacedXmrPoint[][] = [];
	analysis.points.forEach((point, index) => {
		if (index === 0 || point.afterGap) runs.push([]);
		runs[runs.length - 1]!.push(points[index]!);
	});
	const gaps = gapsIn(analysis.points).map(({ index, after, before }) => ({ x: x(gapSlot(analysis.points[index]!.period)) ?? 0, after, before }));
	return {
		path: runs.map((run) => draw(run) ?? '').join(''),
		points,
		gaps,
		segments,
		target: analysis.target === null ? null : { y: y(analysis.target), value: analysis.target },
		xTicks: keptInside(
			points.filter((_, index) => index % step === 0).map((point) => ({ label: point.label, x: point.x })),
			-size.left,
			plotWidth + size.right
		),
		yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
		plotWidth,
		plotHeight
	};
}

/** Average width of a character of the chart's 13 px annotation text, generously, in pixels. */
const annotationCharWidth = 7.5;

/**
 * The words written on the chart at a re-basing, the longest that fits in
 * `room` pixels: the whole reason, the reason without its source in brackets,
 * or only the period. The whole reason is always given under the chart too.
 */
export function rebaseLabel(fromLabel: string, reason: string, room: number): string {
	const short = reason.replace(/\s*\(.*\)\s*$/, '');
	const candidates = [`From ${fromLabel}: ${reason}`, `From ${fromLabel}: ${short}`, `From ${fromLabel}`, fromLabel];
	return candidates.find((text) => text.length * annotationCharWidth <= room) ?? fromLabel;
}

/**
 * Period labels kept inside the drawing: the first and last are centred on
 * their points unless that would cut them at the edge ("March 202"), when they
 * move in just far enough; a label that would then run into its neighbour is
 * left out, as its period is in the table.
 */
function keptInside(ticks: { label: string; x: number }[], from: number, to: number): { label: string; x: number }[] {
	const half = (label: string) => (label.length * tickCharWidth) / 2;
	const moved = ticks.map((tick) => ({ label: tick.label, x: Math.min(Math.max(tick.x, from + half(tick.label)), to - half(tick.label)) }));
	return moved.filter((tick, index) => {
		const before = moved[index - 1];
		return !before || tick.x - half(tick.label) >= before.x + half(before.label) + tickGap / 2;
	});
}

/** Average width of a character of the 13 px tick labels, generously, and the gap between them and the plot. */
const tickCharWidth = 7.5;
const tickGap = 12;

/**
 * The size with a left margin wide enough for the longest y-axis label
 * ("105.0%", "£120,000"), so no label is cut off on a phone's narrow margin.
 * The y ticks do not depend on the width, so widening the margin keeps them.
 */
export function withRoomForTicks(size: XmrChartSize, labels: readonly string[]): XmrChartSize {
	const needed = Math.ceil(Math.max(0, ...labels.map((label) => label.length)) * tickCharWidth + tickGap);
	return needed > size.left ? { ...size, left: needed } : size;
}
