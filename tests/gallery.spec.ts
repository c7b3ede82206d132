import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, expectReadableAndNoSidewaysScroll, openInteractive, svgTextSizes } from './helpers';

// The gallery (src/routes/examples/gallery) draws every chart and table state from made-up
// figures, without the query engine: the axe scan and the 320 px reflow check of the components
// run here, in one page, not once per view.
const gallery = '/examples/gallery';

test('the gallery names each example, starts no query engine, is kept from search engines, passes axe, and at 320 px (400% zoom) nothing scrolls sideways, is clipped or is drawn under 12 px', async ({
	page
}) => {
	const engine: string[] = [];
	page.on('request', (request) => {
		if (/duckdb|\.wasm/.test(request.url())) engine.push(request.url());
	});
	await openInteractive(page, gallery);
	const examples = page.locator('section[data-example]');
	// Bars, lines and XmR charts, and tables: one section per named example, headed by its name.
	expect(await examples.count()).toBeGreaterThanOrEqual(10);
	for (const name of await examples.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-example') ?? ''))) {
		await expect(page.getByRole('region', { name: `Example: ${name}`, exact: true })).toBeVisible();
	}
	for (const kind of ['Bar charts', 'Dot plots', 'Line charts', 'XmR charts and their tables', 'Tables']) {
		await expect(page.getByRole('heading', { level: 2, name: kind, exact: true })).toBeVisible();
	}
	// The states each component has: small counts as [c] with their footnote, an empty table, no limits yet.
	const suppressed = page.getByRole('region', { name: 'Example: table-small-counts-suppressed', exact: true });
	await expect(suppressed.getByRole('row', { name: /^Beaumont Leys/ })).toContainText('[c]');
	await expect(suppressed).toContainText('[c] fewer than 5: suppressed to protect individuals.');
	await expect(page.getByRole('region', { name: 'Example: table-empty', exact: true })).toContainText('No records for the chosen filters.');
	// A dot plot's axis not from zero is marked by a break and said in words; from zero it is neither.
	const truncated = page.getByRole('region', { name: 'Example: dots-axis-not-from-zero', exact: true });
	await expect(truncated.locator('[data-axis-break]')).toHaveCount(1);
	await expect(truncated.locator('text', { hasText: /^The axis starts at \d+%, not at 0%\.$/ })).toBeVisible();
	const fromZero = page.getByRole('region', { name: 'Example: dots-axis-from-zero', exact: true });
	await expect(fromZero.locator('[data-axis-break]')).toHaveCount(0);
	await expect(fromZero.locator('text', { hasText: 'The axis starts at' })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Example: xmr-too-few-points', exact: true })).toContainText('No process limits');
	await expect(page.getByRole('region', { name: 'Example: xmr-signals-and-rebasing', exact: true }).getByRole('row', { name: /^September 2023/ })).toContainText(
		'Special cause: concern'
	);
	// Invented figures: the banner, the tag, and no verdict on the illustrative series.
	await expect(page.getByTestId('demonstration-banner')).toBeVisible();
	await expect(page.getByText('Illustrative sample', { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Example: xmr-illustrative', exact: true })).not.toContainText(/Special cause|\bMet\b|Not met/);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: /gallery/i })).toHaveCount(0);

	await expectNoAccessibilityViolations(page);
	expect(engine).toEqual([]);

	// At 320 px (400% zoom) nothing scrolls sideways and no chart text is under 12 px.
	await page.setViewportSize({ width: 320, height: 800 });
	await expectReadableAndNoSidewaysScroll(page, 320);
	// Guards the check above against passing on a page with no chart at all.
	await expect(page.locator('svg[data-measured="true"]').first()).toBeVisible();
	expect((await svgTextSizes(page)).length).toBeGreaterThan(10);
	// No chart text runs past its chart's edge, where the SVG would cut it off (as a bold line label once did).
	for (const width of [320, 390]) {
		await page.setViewportSize({ width, height: 800 });
		await expect(page.locator('svg[data-measured="true"]').first()).toBeVisible();
		const clipped = await page.locator('svg[data-measured="true"]').evaluateAll((svgs) =>
			svgs.flatMap((svg) => {
				const box = svg.getBoundingClientRect();
				return [...svg.querySelectorAll('text')]
					.filter((text) => {
						const r = text.getBoundingClientRect();
						return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
					})
					.map((text) => `${svg.closest('[data-example]')?.getAttribute('data-example')}: ${text.textContent}`);
			})
		);
		expect(clipped, `at ${width} px`).toEqual([]);
	}
	await expectNoAccessibilityViolations(page);
});
