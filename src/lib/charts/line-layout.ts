import { formatDecimal } from '$lib/format/uk';
import { line, scaleLinear, scalePoint } from 'd3';
import { wrapLabel } from './bar-layout';
import { boldCharactersIn, boldTextWidth, textWidth, tickTextSize } from './chart-text';

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

/** From this width the lines' labels take a quarter of it (at most 180 px); below it, only the room their longest word needs. */
export const directLabelsFrom = 560;

/** Below `directLabelsFrom`, labels that need more than this share of the width give way to a key, so the plot keeps its room. */
export const mostLabelShare = 0.4;

/** The short stretch of line drawn before each label, so a label moved off its line still matches it. */
const sampleWidth = 24;

/**
 * The room beside the plot for the lines' own labels, or 0 for a key instead:
 * more than four lines take a key (Analysis Function guidance); on a narrow
 * screen the room is what the longest word needs, and a key when that is more
 * than 40% of the width or the wrapped labels are taller than the chart.
 */
export function directLabelRoom(labels: readonly string[], width: number, fontSize: number, height: number, lineHeight: number): number {
	if (labels.length === 0 || labels.length > mostDirectLabels) return 0;
	if (width >= directLabelsFrom) return Math.min(Math.round(width * 0.25), 180);
	const longestWord = Math.max(...labels.flatMap((label) => label.split(/\s+/).map((word) => boldTextWidth(word, fontSize))));
	const room = Math.ceil(longestWord) + sampleWidth + 2;
	if (room > width * mostLabelShare) return 0;
	const lines = labels.reduce((sum, label) => sum + wrapLabel(label, boldCharactersIn(room - sampleWidth, fontSize)).length, 0);
	return lines * lineHeight <= height ? room : 0;
}

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
 * key where there is room for the labels (`directLabelRoom`).
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
	const y = scaleLinear()
		.domain([0, max || 1])
		.nice(5)
		.range([plotHeight, 0]);
	const yTicks = y.ticks(5).map((value) => ({ value, y: y(value), label: format(value) }));
	const axisLeft = Math.ceil(Math.max(...yTicks.map((tick) => textWidth(tick.label, tickSize)))) + 10;
	const besideWidth = directLabelRoom(
		series.map((s) => s.label),
		width,
		fontSize,
		plotHeight + top,
		lineHeight
	);
	const labelled = besideWidth > 0;
	// Each printed period label needs its own width and a gap; print every step-th one.
	const widest = Math.max(0, ...periods.map((label) => textWidth(label, tickSize)));
	const periodAxis = (left: number, right: number) => {
		const plotWidth = Math.max(40, width - left - right);
		const x = scalePoint<string>().domain(periods).range([0, plotWidth]).padding(0.3);
		const step = Math.max(1, Math.ceil((widest + 12) / Math.max(1, x.step())));
		const xTicks = periods.filter((_, index) => index % step === 0).map((label) => ({ label, x: x(label) ?? 0 }));
		return { left, right, plotWidth, x, xTicks };
	};
	// The first and last period labels are centred on their points: where one would run past the chart's edge, the
	// plot moves in by as much (and a little more, as the narrower plot moves the points).
	const first = periodAxis(axisLeft, labelled ? besideWidth + 8 : 12);
	const half = (tick: { label: string } | undefined) => (tick ? textWidth(tick.label, tickSize) / 2 : 0);
	const overLeft = Math.max(0, half(first.xTicks[0]) - (first.left + (first.xTicks[0]?.x ?? 0)));
	const overRight = Math.max(0, (first.xTicks.at(-1)?.x ?? 0) + half(first.xTicks.at(-1)) - (first.plotWidth + first.right));
	const { left, plotWidth, x, xTicks } =
		overLeft > 0 || overRight > 0 ? periodAxis(first.left + Math.ceil(overLeft) + (overLeft > 0 ? 4 : 0), first.right + Math.ceil(overRight) + (overRight > 0 ? 4 : 0)) : first;
	const draw = line<{ x: number; y: number } | null>()
		.defined((point) => point !== null)
		.x((point) => point?.x ?? 0)
		.y((point) => point?.y ?? 0);
	const placedSeries = series.map((s) => {
		const placed = s.values.map((value, index) => (value === null ? null : { x: x(periods[index] ?? '') ?? 0, y: y(value), value, period: periods[index] ?? '' }));
		return { ...s, path: draw(placed) ?? '', points: placed.filter((point) => point !== null) };
	});
	return {
		series: placedSeries,
		xTicks,
		yTicks,
		directLabels: labelled ? placeDirectLabels(placedSeries, besideWidth, plotWidth, plotHeight, top, fontSize, lineHeight) : [],
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

/**
 * Tops for blocks of text wanted at `blocks[i].top` (sorted by it), each `height`
 * tall, so that none overlaps another and all lie between `lowest` and
 * `highest`: blocks that would overlap are joined into a stack centred on where
 * its blocks want to be (so each moves as little as the others), and a stack
 * that would cross an edge is moved inside it.
 */
export function spreadLabels(blocks: readonly { top: number; height: number }[], lowest: number, highest: number): number[] {
	// A stack of consecutive blocks: its first block's index, their count, height, top, and the sum of the tops
	// its blocks ask of the stack (each block's wanted top less its offset within the stack).
	const stacks: { first: number; count: number; height: number; top: number; asked: number }[] = [];
	const place = (asked: number, count: number, height: number) => Math.max(lowest, Math.min(asked / count, highest - height));
	blocks.forEach((block, index) => {
		stacks.push({ first: index, count: 1, height: block.height, top: place(block.top, 1, block.height), asked: block.top });
		while (stacks.length > 1) {
			const above = stacks[stacks.length - 2]!;
			const below = stacks[stacks.length - 1]!;
			if (above.top + above.height <= below.top) break;
			const asked = above.asked + below.asked - below.count * above.height;
			const count = above.count + below.count;
			const height = above.height + below.height;
			stacks.splice(-2, 2, { first: above.first, count, height, top: place(asked, count, height), asked });
		}
	});
	const tops: number[] = [];
	for (const stack of stacks) {
		let top = stack.top;
		for (let i = stack.first; i < stack.first + stack.count; i += 1) {
			tops.push(top);
			top += blocks[i]!.height;
		}
	}
	return tops;
}

/** Labels each line level with its last point, beside the plot, then spreads labels that would overlap around where they want to be. */
function placeDirectLabels(series: readonly PlacedSeries[], room: number, plotWidth: number, plotHeight: number, top: number, fontSize: number, lineHeight: number): DirectLabel[] {
	// The labels are bold (app.css), which runs wider than other chart text.
	const chars = boldCharactersIn(room - sampleWidth, fontSize);
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
	// A label's block runs from half a line above its first line's middle; it may rise into the chart's top margin.
	const tops = spreadLabels(
		wanted.map((label) => ({ top: label.y - lineHeight / 2, height: label.lines.length * lineHeight })),
		-top,
		plotHeight
	);
	return wanted.map((label, index) => ({ ...label, y: tops[index]! + lineHeight / 2 }));
}
