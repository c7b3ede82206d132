import { describe, expect, it } from 'vitest';
import { boldTextWidth, textWidth } from './chart-text';
import { stackedBelow } from './bar-layout';
import { axisStartWords, dotAxisStart, layoutDots, percentScale, type Dot } from './dot-layout';

const dot = (key: string, value: number, label = key, group = 0): Dot => ({ key, label, value, valueLabel: `${value.toFixed(1)}% (${Math.round(value / 2)}/50)`, group });

// As the custody visiting suites: three primary suites at 96-100%, the standby suite at 90%.
const suites = [dot('Beaumont Leys', 98.1), dot('Euston Street', 96.2), dot('Keyham Lane', 100), dot('Wigston', 90, 'Wigston (standby)', 1)];

describe('dotAxisStart', () => {
	it('starts at the round step below the lowest value: 90% to 100% starts at 80%', () => {
		expect(dotAxisStart([98.1, 96.2, 100, 90], 100)).toBe(80);
		expect(dotAxisStart([98.1, 96.2, 83.5], 100)).toBe(80);
		expect(dotAxisStart([98.1, 76.2], 100)).toBe(70);
	});

	it('never starts on a value, so no dot sits on the break: 80% exactly gets 70%', () => {
		expect(dotAxisStart([80, 95], 100)).toBe(70);
		expect(dotAxisStart([80.01, 95], 100)).toBe(80);
	});

	it('starts at least two steps below the top, so one week missed in thirteen does not fill the chart', () => {
		// 12 of 13 is 92.3%: one step below it would be 90%, the top two steps is 80%.
		expect(dotAxisStart([100, 100, (100 * 12) / 13, 100], 100)).toBe(80);
		expect(dotAxisStart([100, 100], 100)).toBe(80);
		expect(dotAxisStart([1890], null, { floor: 1000, ceiling: 2000, step: 100 })).toBe(1800);
	});

	it('never starts above the target (or on it), so the target line is always on the axis', () => {
		expect(dotAxisStart([96, 99], 72)).toBe(70);
		expect(dotAxisStart([96, 99], 70)).toBe(60);
		expect(dotAxisStart([96, 99], null)).toBe(80);
	});

	it('starts at zero when the start would be less than half way up the scale, or below the floor', () => {
		// 40% → 30%, under half of 0-100%: zero. 60% → 50%, half way: kept.
		expect(dotAxisStart([40, 99], 100)).toBe(0);
		expect(dotAxisStart([60, 99], 100)).toBe(50);
		expect(dotAxisStart([0, 99], 100)).toBe(0);
		expect(dotAxisStart([5], null)).toBe(0);
		expect(dotAxisStart([], null)).toBe(0);
		// Another scale: 1,000 to 2,000, in steps of 100.
		expect(dotAxisStart([1720, 1890], null, { floor: 1000, ceiling: 2000, step: 100 })).toBe(1700);
	});
});

describe('layoutDots', () => {
	it('places each dot on an axis from its start to 100%, and says in words where the axis starts', () => {
		const layout = layoutDots(suites, { width: 720, fontSize: 14 }, { target: 100, axisLabel: '% of open weeks visited' });
		expect(layout.start).toBe(80);
		expect(layout.broken).toBe(true);
		for (const placed of layout.dots) expect(placed.x).toBeCloseTo(((placed.value - 80) / (100 - 80)) * layout.plotWidth, 6);
		expect(layout.ticks[0]).toMatchObject({ value: 80, x: 0, label: '80%' });
		expect(layout.ticks[layout.ticks.length - 1]).toMatchObject({ value: 100, label: '100%' });
		expect(layout.ticks.at(-1)!.x).toBeCloseTo(layout.plotWidth, 6);
		expect(layout.axisLines).toEqual(['% of open weeks visited', 'The axis starts at 80%, not at 0%.']);
	});

	it('draws no break and no sentence when the axis starts at zero', () => {
		const layout = layoutDots([dot('a', 20), dot('b', 95)], { width: 720, fontSize: 14 }, { target: 100, axisLabel: 'Share' });
		expect(layout.start).toBe(0);
		expect(layout.broken).toBe(false);
		expect(layout.axisLines).toEqual(['Share']);
		expect(axisStartWords(0, percentScale, String)).toBe('');
	});

	it('draws the target as a line at its value, its label inside the box', () => {
		for (const width of [320, 390, 720, 1280]) {
			const layout = layoutDots(suites, { width, fontSize: 14 }, { target: 100 });
			const target = layout.target!;
			expect(target.x).toBeCloseTo(layout.plotWidth, 6);
			expect(target.label).toBe('Target 100%');
			const w = boldTextWidth(target.label, layout.tickSize);
			const left = target.anchor === 'start' ? target.labelX : target.anchor === 'end' ? target.labelX - w : target.labelX - w / 2;
			expect(layout.plotLeft + left).toBeGreaterThanOrEqual(0);
			expect(layout.plotLeft + left + w).toBeLessThanOrEqual(width);
		}
		expect(layoutDots(suites, { width: 720, fontSize: 14 }, { target: null }).target).toBeNull();
		// A target near the axis's start, on a phone: flush with its line, not running off the left.
		const low = layoutDots([dot('a', 96), dot('b', 99)], { width: 320, fontSize: 14 }, { target: 71, targetLabel: 'Target at least 71%' }).target!;
		expect(low.anchor).toBe('start');
	});

	it('labels each dot with its value on a side where it fits, inside the box and clear of the dot', () => {
		for (const width of [320, 390, 559, 560, 720, 1280]) {
			const layout = layoutDots(suites, { width, fontSize: 14 }, { target: 100 });
			expect(layout.stacked).toBe(width < stackedBelow);
			for (const placed of layout.dots) {
				const w = textWidth(placed.valueLabel, layout.fontSize);
				const [from, to] = placed.valueAnchor === 'start' ? [placed.valueX, placed.valueX + w] : [placed.valueX - w, placed.valueX];
				// Clear of the dot.
				expect(to <= placed.x - layout.radius || from >= placed.x + layout.radius).toBe(true);
				// Inside the box, and beside the plot rather than over the category labels on a wide screen.
				expect(layout.plotLeft + from).toBeGreaterThanOrEqual(layout.stacked ? 0 : layout.plotLeft);
				expect(layout.plotLeft + to).toBeLessThanOrEqual(width);
			}
		}
	});

	it('makes room on the right when a label fits on neither side of its dot', () => {
		// Beside the category labels, a dot mid-axis with a value label (30 characters, 252 px) too long for either side of it.
		const long = [{ ...dot('a', 90), valueLabel: '90.0% of the open weeks visited' }, dot('b', 99)];
		const layout = layoutDots(long, { width: 720, fontSize: 14 }, { target: 100 });
		const a = layout.dots[0]!;
		expect(a.valueAnchor).toBe('start');
		expect(layout.plotLeft + a.valueX + textWidth(a.valueLabel, layout.fontSize)).toBeLessThanOrEqual(720);
		expect(layout.plotWidth).toBeLessThan(layoutDots([dot('a', 90), dot('b', 99)], { width: 720, fontSize: 14 }, { target: 100 }).plotWidth);
	});

	it('thins the ticks until each label fits the room to the next', () => {
		// On 0-100% (a value at 20%), at the page's type size and at presenting mode's larger type.
		const wide = [dot('low', 20), ...suites];
		const counts = [1280, 720, 390, 320].flatMap((width) =>
			[14, 28].map((fontSize) => {
				const layout = layoutDots(wide, { width, fontSize }, { target: 100 });
				for (let i = 1; i < layout.ticks.length; i += 1) {
					expect(textWidth(layout.ticks[i]!.label, layout.tickSize) + 8).toBeLessThanOrEqual(layout.ticks[i]!.x - layout.ticks[i - 1]!.x);
				}
				return layout.ticks.length;
			})
		);
		expect(Math.max(...counts)).toBeGreaterThan(Math.min(...counts));
	});

	it('gives each row its own band, with its label above it on a narrow screen', () => {
		for (const width of [320, 720]) {
			const layout = layoutDots(suites, { width, fontSize: 14 }, { target: 100 });
			for (let i = 1; i < layout.dots.length; i += 1) {
				const above = layout.dots[i - 1]!;
				const below = layout.dots[i]!;
				expect(above.y + layout.radius).toBeLessThan(below.labelY - layout.lineHeight / 2);
			}
			for (const placed of layout.dots) {
				if (layout.stacked) expect(placed.labelY + (placed.labelLines.length - 0.5) * layout.lineHeight).toBeLessThanOrEqual(placed.y - layout.radius);
			}
			expect(layout.height).toBeGreaterThan(layout.plotTop + layout.plotHeight);
		}
	});

	it('wraps the axis label and its sentence to the width of a phone', () => {
		const layout = layoutDots(suites, { width: 320, fontSize: 14 }, { target: 100, axisLabel: '% of open weeks with a completed visit' });
		for (const line of layout.axisLines) {
			const w = textWidth(line, layout.tickSize);
			expect(layout.plotLeft + layout.axisX - w / 2).toBeGreaterThanOrEqual(0);
			expect(layout.plotLeft + layout.axisX + w / 2).toBeLessThanOrEqual(320);
		}
		expect(layout.axisLines.join(' ')).toBe('% of open weeks with a completed visit The axis starts at 80%, not at 0%.');
	});
});
