import { describe, expect, it } from 'vitest';
import { axisNameX, layoutBars, stackedBelow, wrapLabel, type Bar } from './bar-layout';
import { smallestChartText, textWidth } from './chart-text';

const bar = (key: string, value: number, label = key, valueLabel = ''): Bar => ({ key, label, value, valueLabel, group: 0 });

// Labels as long as the views' own (budget lines, plan themes).
const budgetLike = [
	bar('force', 154_500_000, 'Total funding passed to the Chief Constable', '£154.5m'),
	bar('regional', 10_200_000, 'Regional collaboration and specialist services', '£10.2m'),
	bar('office', 1_200_000, 'OPCC office', '£1.2m')
];

describe('layoutBars', () => {
	it('scales bars from zero to a nice maximum beside their labels on a wide screen', () => {
		const layout = layoutBars([bar('a', 154.5), bar('b', 10.2)], { width: 720, fontSize: 14 });
		expect(layout.stacked).toBe(false);
		const top = layout.ticks[layout.ticks.length - 1]!;
		expect(top.x).toBeCloseTo(layout.plotWidth, 6);
		expect(layout.bars[0]?.barWidth).toBeCloseTo((154.5 / top.value) * layout.plotWidth, 6);
		expect(layout.bars[1]?.barWidth).toBeCloseTo((10.2 / top.value) * layout.plotWidth, 6);
		expect(layout.ticks[0]?.value).toBe(0);
	});

	it('stacks bars top to bottom without overlap', () => {
		for (const width of [320, 720]) {
			const layout = layoutBars(budgetLike, { width, fontSize: 14 });
			for (let i = 1; i < layout.bars.length; i += 1) {
				const above = layout.bars[i - 1]!;
				const below = layout.bars[i]!;
				expect(above.y + above.height).toBeLessThanOrEqual(below.labelY - layout.lineHeight / 2);
			}
			expect(layout.height).toBeGreaterThan(layout.plotHeight);
		}
	});

	it(`puts labels above their bars under ${stackedBelow} px, so the bars keep the width`, () => {
		expect(layoutBars(budgetLike, { width: stackedBelow - 1, fontSize: 14 }).stacked).toBe(true);
		expect(layoutBars(budgetLike, { width: stackedBelow, fontSize: 14 }).stacked).toBe(false);
	});

	it('at 320 px no tick label is wider than its slot, and every label and bar stays inside the chart', () => {
		const layout = layoutBars(budgetLike, { width: 320, fontSize: 14 });
		const slot = layout.ticks[1]!.x - layout.ticks[0]!.x;
		for (const tick of layout.ticks) expect(textWidth(tick.label, layout.tickSize)).toBeLessThanOrEqual(slot);
		for (const placed of layout.bars) {
			for (const line of placed.labelLines) expect(layout.plotLeft + placed.labelX + textWidth(line, layout.fontSize)).toBeLessThanOrEqual(320);
			expect(layout.plotLeft + placed.barWidth + 6 + textWidth(placed.valueLabel, layout.fontSize)).toBeLessThanOrEqual(320);
		}
	});

	it('prints fewer ticks as the width falls', () => {
		const counts = [1000, 560, 320].map((width) => layoutBars(budgetLike, { width, fontSize: 14 }).ticks.length);
		expect(counts[0]).toBeGreaterThan(counts[2]!);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it('never draws text under 12 px', () => {
		const layout = layoutBars(budgetLike, { width: 320, fontSize: 12 });
		expect(layout.fontSize).toBeGreaterThanOrEqual(smallestChartText);
		expect(layout.tickSize).toBeGreaterThanOrEqual(smallestChartText);
	});

	it('draws shares against the whole: with the axis fixed at 100, 2 of 6 is a third of the plot and 2 of 4 a half', () => {
		const shares = [bar('six', (100 * 2) / 6, 'Theme of six aims', '2 of 6 aims'), bar('four', (100 * 2) / 4, 'Theme of four aims', '2 of 4 aims')];
		const percent = (value: number) => `${value}%`;
		for (const width of [320, 720]) {
			const layout = layoutBars(shares, { width, fontSize: 14 }, percent, { scaleMax: 100 });
			expect(layout.ticks.at(-1)).toMatchObject({ value: 100, label: '100%' });
			expect(layout.ticks.at(-1)!.x).toBeCloseTo(layout.plotWidth, 6);
			expect(layout.bars[0]!.barWidth).toBeCloseTo(layout.plotWidth / 3, 6);
			expect(layout.bars[1]!.barWidth).toBeCloseTo(layout.plotWidth / 2, 6);
		}
		// Without it the axis ends a round step above the longest bar, and a half would fill most of the plot.
		expect(layoutBars(shares, { width: 720, fontSize: 14 }, percent).ticks.at(-1)!.value).toBe(50);
	});

	it("wraps the axis's name to the box, so none of it runs off a phone's screen", () => {
		const axisLabel = "% of the theme's aims evidenced by at least one measure";
		for (const width of [320, 390, 720]) {
			const layout = layoutBars(budgetLike, { width, fontSize: 14 }, undefined, { axisLabel });
			expect(layout.axisLines.join(' ')).toBe(axisLabel);
			for (const line of layout.axisLines) {
				const w = textWidth(line, layout.tickSize);
				expect(layout.plotLeft + layout.axisX - w / 2).toBeGreaterThanOrEqual(0);
				expect(layout.plotLeft + layout.axisX + w / 2).toBeLessThanOrEqual(width);
			}
		}
		expect(layoutBars(budgetLike, { width: 320, fontSize: 14 }, undefined, { axisLabel }).axisLines.length).toBeGreaterThan(1);
		// Each line below the first makes the chart taller by a line.
		expect(layoutBars(budgetLike, { width: 320, fontSize: 14 }, undefined, { axisLabel }).height).toBeGreaterThan(layoutBars(budgetLike, { width: 320, fontSize: 14 }).height);
	});

	it("centres the axis's name under the plot where it fits there, else under the box", () => {
		expect(axisNameX(['Aims'], 13, { width: 720, plotLeft: 230, plotWidth: 400 })).toBe(200);
		// 40 characters (312 px) centred at 230 + 40 would run 116 px off the right: centred on the box instead.
		expect(axisNameX(['x'.repeat(40)], 13, { width: 400, plotLeft: 230, plotWidth: 80 })).toBe(200 - 230);
	});

	it('draws all-zero data without dividing by zero', () => {
		expect(layoutBars([bar('a', 0)]).bars[0]?.barWidth).toBe(0);
	});
});

describe('wrapLabel', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapLabel('Passed to the Chief Constable', 14)).toEqual(['Passed to the', 'Chief', 'Constable']);
		expect(wrapLabel('OPCC office', 20)).toEqual(['OPCC office']);
	});
});
