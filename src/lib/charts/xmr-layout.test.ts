import { describe, expect, it } from 'vitest';
import { monthlyPoints, steadyNoise } from '$lib/spc/test-series';
import { analyseSeries } from '$lib/spc/xmr';
import { categoricalPalette } from './palette';
import { layoutXmr, rebaseLabel, variationStyles, withRoomForTicks, xmrChartSizeFor } from './xmr-layout';

const noise = steadyNoise;

const within = (value: number | null | undefined, high: number) => value !== null && value !== undefined && value >= 0 && value <= high;

describe('layoutXmr', () => {
	it('leaves one empty slot where periods are missing, breaks the line there, and says between which periods', () => {
		const points = [...monthlyPoints(noise.slice(0, 4)), ...monthlyPoints(noise.slice(4, 8), 2026).map((point, index) => ({ ...point, afterGap: index === 0 }))];
		const layout = layoutXmr(analyseSeries({ points, improvement: 'higher' }));
		const xs = layout.points.map((point) => point.x);
		const step = xs[1]! - xs[0]!;
		// Four points, an empty slot, four points: the step across the gap is two slots.
		expect(xs[4]! - xs[3]!).toBeCloseTo(2 * step, 6);
		expect(xs[5]! - xs[4]!).toBeCloseTo(step, 6);
		expect(layout.gaps).toEqual([{ x: expect.closeTo(xs[3]! + step, 6), after: 'April 2023', before: 'January 2026' }]);
		// Two stretches of line, each starting with a move.
		expect(layout.path.match(/M/g)).toHaveLength(2);
		const gapless = layoutXmr(analyseSeries({ points: monthlyPoints(noise.slice(0, 8)), improvement: 'higher' }));
		expect(gapless.gaps).toEqual([]);
		expect(gapless.path.match(/M/g)).toHaveLength(1);
	});

	it('places the points left to right, higher values higher, and the mean and limits across the series', () => {
		const analysis = analyseSeries({ points: monthlyPoints(noise), improvement: 'higher' });
		const layout = layoutXmr(analysis);
		const xs = layout.points.map((point) => point.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		// 104 (August) is the highest value, 97 (May) the lowest.
		expect(Math.min(...layout.points.map((point) => point.y))).toBe(layout.points[7]!.y);
		expect(Math.max(...layout.points.map((point) => point.y))).toBe(layout.points[4]!.y);
		const [segment] = layout.segments;
		expect(segment!.upper!).toBeLessThan(segment!.mean!);
		expect(segment!.mean!).toBeLessThan(segment!.lower!);
		expect(within(segment!.upper, layout.plotHeight) && within(segment!.lower, layout.plotHeight)).toBe(true);
		expect(segment!.x1).toBeLessThan(layout.points[0]!.x);
		expect(segment!.x2).toBeGreaterThan(layout.points[11]!.x);
		expect(layout.path.startsWith('M')).toBe(true);
	});

	it('keeps a target outside the values on the chart', () => {
		const layout = layoutXmr(analyseSeries({ points: monthlyPoints(noise), improvement: 'higher', target: 130 }));
		expect(layout.target?.value).toBe(130);
		expect(within(layout.target?.y, layout.plotHeight)).toBe(true);
		expect(layout.target!.y).toBeLessThan(Math.min(...layout.points.map((point) => point.y)));
	});

	it('gives each re-based period its own span, limits and reason', () => {
		const analysis = analyseSeries({
			points: monthlyPoints([...noise, ...noise.map((value) => value + 30)]),
			improvement: 'higher',
			rebases: [{ period: '2024-01', reason: 'Safer Streets Round 5 began' }]
		});
		const [before, after] = layoutXmr(analysis).segments;
		expect(before!.x2).toBeCloseTo(after!.x1, 6);
		expect(after!.mean!).toBeLessThan(before!.mean!);
		expect(after!.reason).toBe('Safer Streets Round 5 began');
		expect(before!.reason).toBeNull();
	});

	it('marks provisional limits, and draws none from too few points', () => {
		expect(layoutXmr(analyseSeries({ points: monthlyPoints(noise.slice(0, 8)), improvement: 'higher' })).segments[0]!.provisional).toBe(true);
		const few = layoutXmr(analyseSeries({ points: monthlyPoints(noise.slice(0, 4)), improvement: 'higher' })).segments[0]!;
		expect([few.mean, few.upper, few.lower]).toEqual([null, null, null]);
		expect(few.note).toMatch(/^No process limits/);
	});

	it('marks special causes in colour and shape, each kind different, from the palette', () => {
		const analysis = analyseSeries({ points: monthlyPoints([...noise.slice(0, 8), 125, ...noise.slice(8)]), improvement: 'lower' });
		const layout = layoutXmr(analysis);
		expect(layout.points[8]!.variation).toBe('concern');
		expect(layout.points[8]!.marker).not.toBe(layout.points[0]!.marker);
		const styles = Object.values(variationStyles);
		expect(new Set(styles.map((style) => style.shape)).size).toBe(styles.length);
		expect(new Set(styles.map((style) => style.colour)).size).toBe(styles.length);
		for (const style of styles) expect(categoricalPalette).toContain(style.colour);
	});
});

describe('xmrChartSizeFor', () => {
	it('draws one unit per pixel, down to a phone, with fewer period labels as it narrows', () => {
		const desktop = xmrChartSizeFor(720);
		const phone = xmrChartSizeFor(358);
		expect(desktop.size.width).toBe(720);
		expect(phone.size.width).toBe(358);
		expect(phone.maxLabels).toBeLessThan(desktop.maxLabels);
		// 24 months on a phone: at most one label per 90 pixels.
		const analysis = analyseSeries({ points: monthlyPoints([...noise, ...noise]), improvement: 'higher' });
		expect(layoutXmr(analysis, phone.size, phone.maxLabels).xTicks.length).toBeLessThanOrEqual(Math.floor(358 / 90));
		expect(xmrChartSizeFor(100).size.width).toBe(280);
	});

	it('keeps the first and last period labels inside the drawing, moving them in no further than needed', () => {
		// 36 months from April 2022 on a 720 px chart: "March 2025" centred on the last point would run 21 px past the right edge.
		const analysis = analyseSeries({ points: monthlyPoints([...noise, ...noise, ...noise], 2022), improvement: 'higher' });
		const { size, maxLabels } = xmrChartSizeFor(720);
		const layout = layoutXmr(analysis, size, maxLabels);
		const half = (label: string) => (label.length * 7.5) / 2;
		for (const tick of layout.xTicks) {
			expect(tick.x - half(tick.label)).toBeGreaterThanOrEqual(-size.left);
			expect(tick.x + half(tick.label)).toBeLessThanOrEqual(layout.plotWidth + size.right);
		}
		// A label that fits stays centred on its point.
		expect(layout.xTicks[1]!.x).toBe(layout.points.find((point) => point.label === layout.xTicks[1]!.label)!.x);
	});

	it('never sets period labels closer than the longest label is wide, with a gap', () => {
		// 24 months labelled "December 2023" (13 characters, 97.5 px at 7.5 px each, plus a 12 px gap) on a 720 px chart:
		// one label per 90 px would put them 87 px apart (every third month), running them together.
		const analysis = analyseSeries({ points: monthlyPoints([...noise, ...noise]), improvement: 'higher' });
		const { size, maxLabels } = xmrChartSizeFor(720);
		const ticks = layoutXmr(analysis, size, maxLabels).xTicks;
		const longest = Math.max(...ticks.map((tick) => tick.label.length)) * 7.5 + 12;
		expect(ticks.length).toBeGreaterThan(2);
		for (const [index, tick] of ticks.entries()) if (index > 0) expect(tick.x - ticks[index - 1]!.x).toBeGreaterThanOrEqual(longest);
	});
});

describe('rebaseLabel', () => {
	const reason = "Safer Streets Round 5 began (Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraphs 16-17)";
	it('writes the whole reason where it fits, then without its source, then only the period', () => {
		// 7.5 px a character: the whole text is 136 characters (1,020 px), without the source 46 (345 px), "From October 2023" 17 (127.5 px).
		expect(rebaseLabel('October 2023', reason, 1020)).toBe(`From October 2023: ${reason}`);
		expect(rebaseLabel('October 2023', reason, 1019)).toBe('From October 2023: Safer Streets Round 5 began');
		expect(rebaseLabel('October 2023', reason, 345)).toBe('From October 2023: Safer Streets Round 5 began');
		expect(rebaseLabel('October 2023', reason, 344)).toBe('From October 2023');
		expect(rebaseLabel('October 2023', reason, 100)).toBe('October 2023');
	});
});

describe('withRoomForTicks', () => {
	it('widens the left margin for long y-axis labels and keeps it for short ones', () => {
		const { size } = xmrChartSizeFor(390);
		// "105.0%" is 6 characters: 6 × 7.5 + 12 = 57 px, more than the phone's 44.
		expect(withRoomForTicks(size, ['75.0%', '105.0%']).left).toBe(57);
		expect(withRoomForTicks(size, ['10', '20']).left).toBe(size.left);
	});
});
