import { describe, expect, it } from 'vitest';
import { settledOnce, ViewReadiness } from './view-readiness.svelte';

describe('work held until the view first settles (a quality check after the figures)', () => {
	it("waits while any of the view's loads is busy, starts once all have settled, and is not held back by a later reload", () => {
		const readiness = new ViewReadiness();
		let figures = true;
		let series = true;
		readiness.track(() => figures);
		readiness.track(() => series);
		const settled = settledOnce(readiness);
		expect(settled()).toBe(false);
		figures = false;
		expect(settled()).toBe(false);
		series = false;
		expect(settled()).toBe(true);
		// A filter: the view loads again.
		figures = true;
		expect(readiness.ready).toBe(false);
		expect(settled()).toBe(true);
	});

	it('starts at once outside a view, and in a view with nothing loading', () => {
		expect(settledOnce(undefined)()).toBe(true);
		expect(settledOnce(new ViewReadiness())()).toBe(true);
	});
});
