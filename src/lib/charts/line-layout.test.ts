import { describe, expect, it } from 'vitest';
import { boldTextWidth, textWidth } from './chart-text';
import { directLabelRoom, directLabelsFrom, layoutLines, mostDirectLabels, mostLabelShare, spreadLabels, type Series } from './line-layout';

const months = Array.from({ length: 36 }, (_, i) => new Date(Date.UTC(2021, 3 + i, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }));
const lineOf = (key: string, scale: number, label = key): Series => ({ key, label, values: months.map((_, i) => (i + 1) * scale), colour: 0 });

describe('layoutLines', () => {
	it('places points across the periods and from zero up', () => {
		const layout = layoutLines(['a', 'b', 'c'], [{ key: 's', label: 's', values: [0, 50, 100], colour: 0 }]);
		const points = layout.series[0]!.points;
		expect(points.map((p) => p.value)).toEqual([0, 50, 100]);
		expect(points[0]!.y).toBe(layout.plotHeight);
		expect(points[2]!.y).toBe(0);
		expect(points[0]!.x).toBeLessThan(points[1]!.x);
		expect(layout.series[0]!.path.startsWith('M')).toBe(true);
	});

	it('leaves a gap for a missing value', () => {
		const values = months.map((_, i) => (i === 5 ? null : i));
		const layout = layoutLines(months, [{ key: 's', label: 's', values, colour: 0 }]);
		expect(layout.series[0]!.points).toHaveLength(35);
		// A gap means the path starts again: two move-to commands.
		expect(layout.series[0]!.path.match(/M/g)).toHaveLength(2);
	});

	it('thins the period labels so that each fits the room to the next, fewer as the width falls', () => {
		const counts = [1000, 720, 390, 320].map((width) => {
			const layout = layoutLines(months, [lineOf('s', 1)], { width, fontSize: 14 });
			for (let i = 1; i < layout.xTicks.length; i += 1) {
				const room = layout.xTicks[i]!.x - layout.xTicks[i - 1]!.x;
				expect(textWidth(layout.xTicks[i]!.label, layout.tickSize)).toBeLessThan(room);
			}
			return layout.xTicks.length;
		});
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(counts[0]).toBeGreaterThan(counts[3]!);
		expect(layoutLines(months, [lineOf('s', 1)], { width: 1000, fontSize: 14 }).xTicks[0]?.label).toBe(months[0]);
	});

	it(`labels up to ${mostDirectLabels} lines at their ends and gives more a key instead`, () => {
		const four = ['a', 'b', 'c', 'd'].map((key, i) => lineOf(key, i + 1, `Line ${key}`));
		expect(
			layoutLines(months, four, { width: 720, fontSize: 14 })
				.directLabels.map((label) => label.lines.join(' '))
				.sort()
		).toEqual(['Line a', 'Line b', 'Line c', 'Line d']);
		expect(layoutLines(months, [...four, lineOf('e', 5)], { width: 720, fontSize: 14 }).directLabels).toEqual([]);
	});

	it(`under ${directLabelsFrom} px labels its lines in the room their longest word needs, or gives a key when that room is more than ${mostLabelShare * 100}% of the width`, () => {
		const three = [lineOf('month', 10, 'Referrals in the month'), lineOf('average', 9.8, '3-month rolling average'), lineOf('last', 9.6, 'Same month last year')];
		for (const width of [320, 390, directLabelsFrom - 1]) {
			const layout = layoutLines(months, three, { width, fontSize: 14 });
			expect(layout.directLabels).toHaveLength(3);
			// "Referrals" is the longest word: 9 characters, on a line of its own at most.
			const room = width - layout.left - layout.plotWidth;
			expect(room).toBeLessThanOrEqual(width * mostLabelShare + 8);
			expect(room).toBeGreaterThanOrEqual(boldTextWidth('Referrals', 14) + 24);
		}
		// No more than that word, its line sample and the gaps either side.
		const phone = layoutLines(months, three, { width: 390, fontSize: 14 });
		expect(390 - phone.left - phone.plotWidth).toBeLessThanOrEqual(Math.ceil(boldTextWidth('Referrals', 14)) + 24 + 2 + 8);
		// A word too long for 40% of the width: a key.
		expect(layoutLines(months, [lineOf('a', 1, 'Counter-terrorism-and-organised-crime')], { width: 390, fontSize: 14 }).directLabels).toEqual([]);
		// Four labels wrapping to more lines than the chart is tall: a key.
		const wordy = ['a', 'b', 'c', 'd'].map((key, i) => lineOf(key, i + 1, 'Referrals referrals referrals referrals referrals referrals'));
		expect(
			directLabelRoom(
				wordy.map((line) => line.label),
				320,
				14,
				220,
				16
			)
		).toBe(0);
		expect(layoutLines(months, wordy, { width: 320, fontSize: 14 }).directLabels).toEqual([]);
		expect(directLabelRoom(['Referrals'], 320, 14, 220, 16)).toBeGreaterThan(0);
	});

	it('keeps direct labels apart, inside the chart and clear of the plot', () => {
		// Three lines ending close together, as the referrals chart's do.
		const close = [lineOf('month', 10, 'Referrals in the month'), lineOf('average', 9.8, '3-month rolling average'), lineOf('last', 9.6, 'Same month last year')];
		for (const width of [320, 390, 560, 720, 1000]) {
			const layout = layoutLines(months, close, { width, fontSize: 14 });
			const labels = [...layout.directLabels].sort((a, b) => a.y - b.y);
			expect(labels).toHaveLength(3);
			for (let i = 1; i < labels.length; i += 1) {
				expect(labels[i]!.y - labels[i - 1]!.y).toBeGreaterThanOrEqual(labels[i - 1]!.lines.length * layout.lineHeight);
			}
			for (const label of labels) {
				for (const line of label.lines) {
					// Bold, as drawn.
					const w = boldTextWidth(line, layout.fontSize);
					expect(label.sample.x1).toBeGreaterThan(layout.plotWidth);
					expect(layout.left + label.x + w).toBeLessThanOrEqual(width);
				}
			}
		}
	});

	it("centres labels that would overlap on their lines' ends, rather than pushing them all down", () => {
		// Three lines ending together half way up (as the referrals chart's do), each label two lines at 720 px.
		const ending = (key: string, label: string, end: number): Series => ({ key, label, values: months.map((_, i) => (i === months.length - 1 ? end : 100 - i)), colour: 0 });
		const close = [ending('month', 'Referrals in the month', 51), ending('average', '3-month rolling average', 50), ending('last', 'Same month last year', 49)];
		const layout = layoutLines(months, close, { width: 720, fontSize: 14 });
		const ends = new Map(layout.series.map((s) => [s.key, s.points.at(-1)!.y]));
		// Where each label's middle is against where its line ends: as much above as below.
		const moves = layout.directLabels.map((label) => label.y + ((label.lines.length - 1) * layout.lineHeight) / 2 - ends.get(label.key)!);
		expect(moves.some((move) => move < -layout.lineHeight)).toBe(true);
		expect(moves.reduce((sum, move) => sum + move, 0) / moves.length).toBeCloseTo(0, 6);
	});

	it('keeps the first and last period labels inside the chart, moving the plot in where one would run past its edge', () => {
		// Long period names and short values, as the gallery's: "January 2023" is wider than the value axis's "100".
		const long = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2023, i, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
		const values = long.map((_, i) => 90 + (i % 3));
		for (const width of [320, 390, 560, 720, 1000]) {
			for (const lines of [[{ key: 'a', label: 'Referrals', values, colour: 0 }], ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key, values, colour: 0 }))]) {
				const layout = layoutLines(long, lines, { width, fontSize: 14 });
				const firstTick = layout.xTicks[0]!;
				const lastTick = layout.xTicks.at(-1)!;
				expect(layout.left + firstTick.x - textWidth(firstTick.label, layout.tickSize) / 2).toBeGreaterThanOrEqual(0);
				expect(layout.left + lastTick.x + textWidth(lastTick.label, layout.tickSize) / 2).toBeLessThanOrEqual(width);
			}
		}
	});

	it('makes room on the left for the widest value label', () => {
		const layout = layoutLines(months, [lineOf('s', 100_000)], { width: 390, fontSize: 14 }, (value) => `£${value.toLocaleString('en-GB')}`);
		for (const tick of layout.yTicks) expect(textWidth(tick.label, layout.tickSize)).toBeLessThanOrEqual(layout.left - 8);
	});
});

describe('spreadLabels', () => {
	it('leaves blocks that do not overlap where they want to be', () => {
		expect(
			spreadLabels(
				[
					{ top: 0, height: 20 },
					{ top: 50, height: 20 }
				],
				-10,
				200
			)
		).toEqual([0, 50]);
	});

	it('centres blocks that overlap on where they want to be: each moves as far as the other', () => {
		// Both want 100: the pair's middle stays at 110, so 90 and 110.
		expect(
			spreadLabels(
				[
					{ top: 100, height: 20 },
					{ top: 100, height: 20 }
				],
				-10,
				200
			)
		).toEqual([90, 110]);
		// 100, 102, 104 ask the stack for 100, 82 and 64: it starts at their mean, 82.
		expect(
			spreadLabels(
				[
					{ top: 100, height: 20 },
					{ top: 102, height: 20 },
					{ top: 104, height: 20 }
				],
				-10,
				200
			)
		).toEqual([82, 102, 122]);
	});

	it('moves a stack inside the edges', () => {
		expect(
			spreadLabels(
				[
					{ top: 190, height: 20 },
					{ top: 195, height: 20 }
				],
				-10,
				200
			)
		).toEqual([160, 180]);
		expect(spreadLabels([{ top: -50, height: 20 }], -10, 200)).toEqual([-10]);
	});

	it('joins a stack to the next block when it grows into it, and keeps every block apart and in order', () => {
		const blocks = [0, 10, 30, 31, 32, 150, 185, 190].map((top, i) => ({ top, height: 16 + (i % 2) * 16 }));
		const tops = spreadLabels(blocks, -16, 240);
		for (let i = 1; i < tops.length; i += 1) expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! + blocks[i - 1]!.height - 1e-9);
		expect(tops[0]!).toBeGreaterThanOrEqual(-16);
		expect(tops.at(-1)! + blocks.at(-1)!.height).toBeLessThanOrEqual(240 + 1e-9);
	});
});
