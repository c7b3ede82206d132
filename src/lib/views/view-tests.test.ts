import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examples } from '../../routes/examples/gallery/examples';
import { views } from './registry';

// Issue 16, "done means": adding a view is its folder, its registry line and its tests. A view
// registered without them fails here, by name, rather than going untested until someone notices.
// Its browser spec is required by registry.test.ts; these are the tests that need no browser.
describe('every registered view has its tests and its gallery examples', () => {
	it('has a component test beside its component (view.test.ts: figures, summary and table against DuckDB in Node)', () => {
		const missing = views.filter((view) => !existsSync(`src/lib/views/${view.id}/view.test.ts`)).map((view) => `src/lib/views/${view.id}/view.test.ts`);
		expect(missing).toEqual([]);
	});

	it('has a test of its series (series.test.ts) where its definition loads series', () => {
		const withSeries = views.filter((view) => view.series);
		// Guards the check against passing with no view to look at.
		expect(withSeries.length).toBeGreaterThan(0);
		const missing = withSeries.filter((view) => !existsSync(`src/lib/views/${view.id}/series.test.ts`)).map((view) => `src/lib/views/${view.id}/series.test.ts`);
		expect(missing).toEqual([]);
	});

	it('has named examples in the gallery (src/routes/examples/gallery/examples.ts), which name only registered views', () => {
		const known = new Set(views.map((view) => view.id));
		const unknown = examples.flatMap((example) => example.views.filter((id) => !known.has(id)).map((id) => `${example.name} names "${id}"`));
		expect(unknown).toEqual([]);
		const named = new Set(examples.flatMap((example) => example.views));
		expect(views.filter((view) => !named.has(view.id)).map((view) => view.id)).toEqual([]);
	});
});
