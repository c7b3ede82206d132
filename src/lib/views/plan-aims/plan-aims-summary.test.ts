import { describe, expect, it } from 'vitest';
import type { StatusLabel } from '$lib/measures/measure-status';
import type { Theme } from './plan-aims-tree';
import { planAimsSummary } from './plan-aims-summary';

const measure = (id: string) => ({ id, name: id, viewPath: '/x', target: null, direction: null, unit: null, targetSource: null });
const aim = (id: string, measures: string[]) => ({ id, text: id, sourceDocument: 'd', sourceRef: 'r', measures: measures.map(measure) });

describe('planAimsSummary', () => {
	it('counts aims, evidence and statuses from the data', () => {
		const themes: Theme[] = [
			{ name: 'A', aims: [aim('A1', ['m1', 'm2']), aim('A2', [])] },
			{ name: 'B', aims: [aim('B1', ['m1', 'm3'])] }
		];
		const statuses = new Map<string, StatusLabel>([
			['m1', 'Met'],
			['m2', 'No target set'],
			['m3', 'Not met']
		]);
		// 3 aims, 2 themes; measures m1, m2, m3 evidence A1 and B1; A2 has none;
		// m1 and m3 have targets (1 met, 1 not met); m2 has none.
		expect(planAimsSummary(themes, statuses, '2023/24')).toBe(
			'The Police and Crime Plan sets 3 aims under 2 themes. 3 measures evidence 2 of them; 1 aim has no measure yet. ' +
				'2 measures have a target: for 2023/24, 1 met, 1 not met. The other 1 measure has no target set.'
		);
	});

	it('names every status a targeted measure has, illustrative figures too, so the sentence never ends in an empty list', () => {
		const themes: Theme[] = [{ name: 'A', aims: [aim('A1', ['m1', 'm2', 'm3'])] }];
		const statuses = new Map<string, StatusLabel>([
			['m1', 'Illustrative, no verdict'],
			['m2', 'Illustrative, no verdict'],
			['m3', 'No assurance yet']
		]);
		expect(planAimsSummary(themes, statuses, '2023/24 Q3')).toContain('3 measures have a target: for 2023/24 Q3, 1 no assurance yet, 2 illustrative (no verdict).');
	});
});
