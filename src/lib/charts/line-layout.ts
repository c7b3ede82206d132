import { formatDecimal } from '$lib/format/uk';
import { line, scaleLinear, scalePoint } from 'd3';
import { wrapLabel } from './bar-layout';
import { charactersIn, textWidth, tickTextSize } from './chart-text';

/** One line of a chart: a value per period; null leaves a gap. */
export interface Series {
	readonly key: string;
	readonly label: string;
	readonly values: readonly (number | null)[];
	/** Index into the palette. */
	readonly colour: number;
	/** Dashed lines mark comparisons (an allocation, last year). */
	readonly dashed?: boolean;
}

/** What the chart has to draw in: the width of its box and its label size, in CSS pixels. */
export interface LineChartSize {
	readonly width: number;
	readonly fontSize: number;
}

/** The size drawn before the page measures the chart's box (at build time, for example). */
export const defaultLineChartSize: LineChartSize = { width: 720, fontSize: 14 };

/** Up to this many lines are labelled at their ends; more need a key (Analysis Function guidance). */
export const mostDirectLabels = 4;

/** From this width there is room beside the plot for the lines' labels. */
export const directLabelsFrom = 560;

/** A series drawn: its SVG path and its points. */
export interface PlacedSeries extends Series {
	readonly path: string;
	readonly points: readonly { x: number; y: number; value: number; period: string }[];
}

/** A line's own label, drawn by its last point. */
export interface DirectLabel {
	readonly key: string;
	readonly lines: readonly string[];
	readonly x: number;
	/** The middle of the first line. */
	readonly y: number;
	readonly anchor: 'start';
	readonly colour: number;
	readonly dashed: boolean;
	/** A short stretch of the line drawn before the label, so a label that moved off its line still matches it. */
	readonly sample: { readonly x1: number; readonly x2: number };
}

/** Everything the SVG needs, in CSS pixels. */
export interface LineLayout {
	readonly series: readonly PlacedSeries[];
	readonly xTicks: readonly { label: string; x: number }[];
	readonly yTicks: readonly { value: number; y: number; label: string }[];
	/** Empty when the chart has more lines than `mostDirectLabels`: the page shows a key instead. */
	readonly directLabels: readonly DirectLabel[];
	readonly left: number;
	readonly top: number;
	readonly plotWidth: number;
	readonly plotHeight: number;
	readonly width: number;
	readonly height: number;
	readonly fontSize: number;
	readonly tickSize: number;
	readonly lineHeight: number;
}

/**
 * Lays out lines over a shared list of periods (x) from zero (y) for a box
 * `size.width` pixels wide, drawn 1:1: period labels thin until each fits its
 * slot, and four lines or fewer are labelled beside their ends instead of a
 * key where there is room for the labels.
 */
export function layoutLines(
	periods: readonly string[],
	series: readonly Series[],
	size: LineChartSize = defaultLineChartSize,
	format: (value: number) => string = formatDecimal
): LineLayout {
	const { width, fontSize } = size;
	const tickSize = tickTextSize(fontSize);
	const lineHeight = Math.round(fontSize * 1.15);
	const height = width < 480 ? 280 : 340;
	const top = lineHeight;
	const bottom = tickSize + fontSize + 30;
	const plotHeight = height - top - bottom;
	const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
	// The y axis runs up the side: its ticks need height, not width, so five fit at any width.
	const y = scaleLinear().domain([0, max || 1]).nice(5).range([plotHeight, 0]);
	const yTicks = y.ticks(5).map((value) => ({ value, y: y(value), label: format(value) }));
	const left = Math.ceil(Math.max(...yTicks.map((tick) => textWidth(tick.label, tickSize)))) + 10;
	// On a narrow screen the labels would take the plot's room or sit on its lines: a key reads better there.
	const labelled = series.length <= mostDirectLabels && width >= directLabelsFrom;
	const besideWidth = labelled ? Math.min(Math.round(width * 0.25), 180) : 0;
	const right = labelled ? besideWidth + 8 : 12;
	const plotWidth = Math.max(40, width - left - right);
	const x = scalePoint<string>().domain(periods).range([0, plotWidth]).padding(0.3);
	const draw = line<{ x: number; y: number } | null>()
		.defined((point) => point !== null)
		.x((point) => point?.x ?? 0)
		.y((point) => point?.y ?? 0);
	const placedSeries = series.map((s) => {
		const placed = s.values.map((value, index) =>
			value === null ? null : { x: x(periods[index] ?? '') ?? 0, y: y(value), value, period: periods[index] ?? '' }
		);
		return { ...s, path: draw(placed) ?? '', points: placed.filter((point) => point !== null) };
	});
	// Each printed period label needs its own width and a gap; print every step-th one.
	const widest = Math.max(0, ...periods.map((label) => textWidth(label, tickSize)));
	const step = Math.max(1, Math.ceil((widest + 12) / Math.max(1, x.step())));
	return {
		series: placedSeries,
		xTicks: periods.filter((_, index) => index % step === 0).map((label) => ({ label, x: x(label) ?? 0 })),
		yTicks,
		directLabels: labelled ? placeDirectLabels(placedSeries, besideWidth, plotWidth, plotHeight, fontSize, lineHeight) : [],
		left,
		top,
		plotWidth,
		plotHeight,
		width,
		height,
		fontSize,
		tickSize,
		lineHeight
	};
}

/** Labels each line level with its last point, beside the plot, then moves labels apart so that none overlaps another. */
function placeDirectLabels(
	series: readonly PlacedSeries[],
	room: number,
	plotWidth: number,
	plotHeight: number,
	fontSize: number,
	lineHeight: number
): DirectLabel[] {
	const sampleWidth = 24;
	const chars = charactersIn(room - sampleWidth, fontSize);
	const wanted = series
		.filter((s) => s.points.length > 0)
		.map((s) => {
			const last = s.points[s.points.length - 1]!;
			const lines = wrapLabel(s.label, chars);
			const label: DirectLabel = {
				key: s.key,
				lines,
				x: plotWidth + 8 + sampleWidth,
				y: last.y - ((lines.length - 1) * lineHeight) / 2,
				anchor: 'start',
				colour: s.colour,
				dashed: s.dashed ?? false,
				sample: { x1: plotWidth + 4, x2: plotWidth + sampleWidth - 2 }
			};
			return label;
		})
		.sort((a, b) => a.y - b.y);
	// Push down any label that would overlap the one above, then pull back up from the bottom edge.
	const placed = wanted.map((label) => ({ ...label }) as { -readonly [K in keyof DirectLabel]: DirectLabel[K] });
	for (let i = 1; i < placed.length; i += 1) {
		const above = placed[i - 1]!;
		placed[i]!.y = Math.max(placed[i]!.y, above.y + above.lines.length * lineHeight);
	}
	const lowest = plotHeight - lineHeight / 2;
	for (let i = placed.length - 1; i >= 0; i -= 1) {
		const label = placed[i]!;
		const limit = i === placed.length - 1 ? lowest - (label.lines.length - 1) * lineHeight : placed[i + 1]!.y - label.lines.length * lineHeight;
		label.y = Math.min(label.y, limit);
	}
	return placed;
}
