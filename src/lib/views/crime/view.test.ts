import { describe, expect, it, vi } from 'vitest';
import { embeddedExtract } from '$lib/datasets/embedded-extracts';
import { loadModes } from '$lib/datasets/load-words';
import { embeddedFigures } from '../embedded-figures.server';
import { renderedView } from '../view-test-render';
import CrimeView from './CrimeView.svelte';
import { crimeView } from './definition';
import { crimeFigures } from './figures';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/crime'), route: { id: '/crime' } } }));

describe('the Crime view, drawn from the build-time figures on the embedded data', async () => {
	const initial = await embeddedFigures(crimeView, (db, filters) => crimeFigures(db, filters));
	const html = initial ? renderedView(crimeView, CrimeView, { initial }) : '';

	it('has nothing to count: no police.uk file is embedded, they are loaded by users', () => {
		expect(crimeView.loads.map(embeddedExtract)).toEqual(crimeView.loads.map(() => undefined));
		expect(initial?.span).toBeNull();
		expect(initial?.series).toEqual([]);
	});

	it('says no street-level crime is loaded and how to load it, with no summary, chart or table', () => {
		expect(html).toContain('<h2 id="crime-empty-title">No street-level crime is loaded yet</h2>');
		expect(html).toContain('How to load them');
		// In the Data page's own words for the mode that keeps a month loaded twice from doubling, which it starts on.
		expect(loadModes[0]?.mode).toBe('update-periods');
		expect(html).toContain(`keep “${loadModes[0]?.label}” chosen, as it is when the page opens`);
		expect(html).not.toContain('data-testid="summary"');
		expect(html).not.toMatch(/<svg|<table/);
	});
});
