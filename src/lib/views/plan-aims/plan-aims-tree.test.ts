import { describe, expect, it } from 'vitest';
import type { AimMeasureRow } from './plan-aims';
import { planAimsTree } from './plan-aims-tree';

const row = (theme: string, aim_id: string, measure_id: string | null): AimMeasureRow => ({
	theme,
	aim_id,
	aim_text: `text ${aim_id}`,
	display_order: 0,
	source_document: 'd',
	source_ref: 'r',
	measure_id,
	measure_name: measure_id,
	view_path: measure_id ? '/x' : null,
	target: null,
	target_direction: null,
	target_unit: null,
	target_source: null,
	rationale: null
});

describe('planAimsTree', () => {
	it('groups rows into themes and aims in order, keeping aims with no measure', () => {
		const tree = planAimsTree([row('A', 'A1', 'm1'), row('A', 'A1', 'm2'), row('A', 'A2', null), row('B', 'B1', 'm1')]);
		expect(tree.map((t) => [t.name, t.aims.map((a) => [a.id, a.measures.map((m) => m.id)])])).toEqual([
			[
				'A',
				[
					['A1', ['m1', 'm2']],
					['A2', []]
				]
			],
			['B', [['B1', ['m1']]]]
		]);
	});
});
