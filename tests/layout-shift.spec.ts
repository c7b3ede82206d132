/**
 * A page read on a phone stays where it is while the app starts: the HTML is drawn as the app will
 * draw it (the navigation folded behind its Menu button from the first paint, the first figures
 * worked out at build time), so nothing the reader has begun to read moves when the scripts arrive
 * (the engine's own taking over is held to the same place by `first-figures.spec.ts`). Measured as
 * the browser's own cumulative layout shift, from the first paint until the app has started and its
 * charts have measured their boxes; 0.1 is the limit of a "good" page in Google's Core Web Vitals.
 * Before the navigation was folded from the first paint, every page scored 0.39 here.
 */
import { expect, test } from './fixtures';
import { views } from '../src/lib/views/registry';

const goodShiftAtMost = 0.1;

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, no page moves while the app starts', async ({ page }) => {
	// The engine is held back: what is measured is the page sent and the app starting on it, at the cost of a page, not of an engine start.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/*.wasm', async (route) => {
		await held;
		await route.abort();
	});
	await page.addInitScript(() => {
		const seen: { value: number; moved: string[] }[] = [];
		(window as unknown as { layoutShifts: typeof seen }).layoutShifts = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
				// A shift the reader caused (a tap, a key) is not the page moving by itself.
				if (!entry.hadRecentInput) seen.push({ value: entry.value, moved: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?') });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	for (const path of ['/', ...views.map((view) => view.path)]) {
		await test.step(path, async () => {
			await page.goto(path);
			await page.locator('html[data-hydrated="true"]').waitFor();
			// Charts measure their box once the app has started, and are drawn again for it a frame later.
			await expect(page.locator('svg[data-measured="false"]')).toHaveCount(0);
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; moved: string[] }[] }).layoutShifts);
			const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
			expect(total, `${path} moved: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(goodShiftAtMost);
		});
	}
	release();
});
