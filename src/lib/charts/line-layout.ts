import { line, scaleLinear, scalePoint } from 'd3';

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

export interface LineChartSize {
	readonly width: number;
	readonly height: number;
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

export const defaultLineChartSize: LineChartSize = { width: 720, height: 320, left: 64, right: 16, top: 12, bottom: 56 };

/** A series drawn: its SVG path and its points. */
export interface PlacedSeries extends Series {
	readonly path: string;
	readonly points: readonly { x: number; y: number; value: number; period: string }[];
}

export interface LineLayout {
	readonly series: readonly PlacedSeries[];
	readonly xTicks: readonly { label: string; x: number }[];
	readonly yTicks: readonly { value: number; y: number }[];
	readonly plotWidth: number;
	readonly plotHeight: number;
}

/**
 * Lays out lines over a shared list of periods (x) from zero (y), thinning the
 * period labels so that at most `maxLabels` are printed.
 */
export function layoutLines(
	periods: readonly string[],
	series: readonly Series[],
	size: LineChartSize = defaultLineChartSize,
	maxLabels = 12
): LineLayout {
	const plotWidth = size.width - size.left - size.right;
	const plotHeight = size.height - size.top - size.bottom;
	const x = scalePoint<string>().domain(periods).range([0, plotWidth]).padding(0.3);
	const max = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
	const y = scaleLinear().domain([0, max || 1]).nice(5).range([plotHeight, 0]);
	const draw = line<{ x: number; y: number } | null>()
		.defined((point) => point !== null)
		.x((point) => point?.x ?? 0)
		.y((point) => point?.y ?? 0);
	const step = Math.max(1, Math.ceil(periods.length / maxLabels));
	return {
		series: series.map((s) => {
			const placed = s.values.map((value, index) =>
				value === null ? null : { x: x(periods[index] ?? '') ?? 0, y: y(value), value, period: periods[index] ?? '' }
			);
			return { ...s, path: draw(placed) ?? '', points: placed.filter((point) => point !== null) };
		}),
		xTicks: periods.filter((_, index) => index % step === 0).map((label) => ({ label, x: x(label) ?? 0 })),
		yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
		plotWidth,
		plotHeight
	};
}
