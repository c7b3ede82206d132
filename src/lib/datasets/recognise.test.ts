import { describe, expect, it } from 'vitest';
import { csvFromRows } from '$lib/contracts/fixtures';
import { contractById, contracts } from '$lib/contracts/registry';
import { recognise } from './recognise';

describe('recognise', () => {
	it('recognises every dataset by its header, in any column order', () => {
		for (const contract of contracts) {
			const header = csvFromRows(contract, []);
			expect(recognise(header, contracts).exact.map((c) => c.id)).toEqual([contract.id]);
			const reversed = header.trim().split(',').reverse().join(',') + '\n';
			expect(recognise(reversed, contracts).exact.map((c) => c.id)).toEqual([contract.id]);
		}
	});

	it('offers near matches when a column is missing or extra', () => {
		const budget = contractById('budget-split');
		const missing = budget.columns.slice(1).map((c) => c.name).join(',') + '\n';
		const result = recognise(missing, contracts);
		expect(result.exact).toEqual([]);
		expect(result.near[0]?.id).toBe('budget-split');
	});

	it('recognises nothing in an unrelated header', () => {
		expect(recognise('name,shoe size\nAnn,5\n', contracts)).toMatchObject({ exact: [], near: [] });
	});
});
