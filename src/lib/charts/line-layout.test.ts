import { describe, expect, it } from 'vitest';
import { layoutLines } from './line-layout';

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

	it('leaves a gap for a missing value and thins the period labels', () => {
		const periods = Array.from({ length: 36 }, (_, i) => `p${i}`);
		const values = periods.map((_, i) => (i === 5 ? null : i));
		const layout = layoutLines(periods, [{ key: 's', label: 's', values, colour: 0 }]);
		expect(layout.series[0]!.points).toHaveLength(35);
		// A gap means the path starts again: two move-to commands.
		expect(layout.series[0]!.path.match(/M/g)).toHaveLength(2);
		expect(layout.xTicks.map((t) => t.label)).toEqual(['p0', 'p3', 'p6', 'p9', 'p12', 'p15', 'p18', 'p21', 'p24', 'p27', 'p30', 'p33']);
	});
});
