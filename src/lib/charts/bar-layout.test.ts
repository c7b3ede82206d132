import { describe, expect, it } from 'vitest';
import { layoutBars, wrapLabel, type Bar } from './bar-layout';

const bar = (key: string, value: number): Bar => ({ key, label: key, value, valueLabel: '', group: 0 });

describe('layoutBars', () => {
	it('scales bars from zero to a nice maximum', () => {
		// Plot width 720 − 220 − 130 = 370; five ticks of 50 make the domain [0, 200].
		const layout = layoutBars([bar('a', 154.5), bar('b', 10.2)]);
		expect(layout.plotWidth).toBe(370);
		expect(layout.bars[0]?.barWidth).toBeCloseTo((154.5 / 200) * 370, 6);
		expect(layout.bars[1]?.barWidth).toBeCloseTo((10.2 / 200) * 370, 6);
		expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 50, 100, 150, 200]);
	});

	it('stacks bars top to bottom without overlap', () => {
		const layout = layoutBars([bar('a', 1), bar('b', 2), bar('c', 3)]);
		const [a, b, c] = layout.bars;
		expect(a!.y + a!.height).toBeLessThanOrEqual(b!.y);
		expect(b!.y + b!.height).toBeLessThanOrEqual(c!.y);
		expect(layout.height).toBe(3 * 46 + 44);
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
