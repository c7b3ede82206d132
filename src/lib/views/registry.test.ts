import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contracts } from '$lib/contracts/registry';
import { packViews, planAimsView } from '../../routes/pack/pack-views';
import { views } from './registry';
import { viewComponents } from './view-components';
import { match as isViewAddress } from '../../params/view';

describe('the view registry', () => {
	const known = new Set(contracts.map((contract) => contract.id));

	it('gives every view a folder with its definition, one component, a page at its address and a browser spec', () => {
		for (const view of views) {
			expect(view.path).toBe(`/${view.id}`);
			expect(existsSync(`src/lib/views/${view.id}/definition.ts`), `${view.id}'s definition`).toBe(true);
			expect(isViewAddress(view.id), `${view.id}'s page`).toBe(true);
			expect(existsSync(`tests/${view.id}.spec.ts`), `${view.id}'s browser spec`).toBe(true);
			expect(viewComponents[view.id], `${view.id}'s component`).toBeDefined();
		}
		// One component per folder, and no folder with a component that is not registered.
		expect(Object.keys(viewComponents).sort()).toEqual(views.map((view) => view.id).sort());
		expect(isViewAddress('data'), 'an address that is not a view').toBe(false);
	});

	it("keeps every definition free of static imports but its type, so the navigation (and a Playwright spec) can read the registry without any view's SQL or components", () => {
		for (const view of views) {
			const source = readFileSync(`src/lib/views/${view.id}/definition.ts`, 'utf8');
			const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)].map((match) => ({ typeOnly: Boolean(match[1]), from: match[2] }));
			expect(
				imports.filter((entry) => !entry.typeOnly),
				`${view.id}'s definition imports`
			).toEqual([]);
		}
	});

	it('names only datasets that have a contract, and loads every dataset a view draws on', () => {
		for (const view of views) {
			for (const id of view.loads) expect(known, `${view.id} loads ${id}`).toContain(id);
			for (const id of view.datasets) expect(view.loads, `${view.id} draws on ${id}`).toContain(id);
		}
	});

	it('is what the pack offers: the plan aims first, then every other view in order', () => {
		expect(planAimsView.id).toBe('plan-aims');
		expect(packViews.map((view) => view.id)).toEqual(views.filter((view) => view.id !== 'plan-aims').map((view) => view.id));
		for (const view of packViews) expect(view.datasets.map((contract) => contract.id)).toEqual(views.find((v) => v.id === view.id)?.loads);
	});
});
