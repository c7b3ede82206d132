import { expect, test } from './fixtures';
import { expectNoAccessibilityViolations, visit, waitForData } from './helpers';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280-pixel screen at 400% zoom) nothing
// makes the page scroll sideways. A wide table scrolls inside its own box instead, and that
// box can be reached and scrolled with the keyboard.
test.use({ viewport: { width: 320, height: 800 } });

// Every page at 320 px is checked in phone.spec.ts (no sideways scroll, text at least 12 px, every
// view drawn), and every chart and table state in gallery.spec.ts: here, the table that scrolls.

test('a table too wide for the screen scrolls in a named box in the Tab order, and passes an axe scan', async ({ appPage: page }) => {
	await visit(page, '/budget');
	await waitForData(page);
	const box = page.locator('.table-scroll', { has: page.getByRole('table', { name: /^Budget split/ }) });
	await expect(box).toHaveAttribute('data-scrolls', 'true');
	// Sighted users are told too, in a line above the box that the region's description repeats.
	await expect(page.getByText('Scroll sideways to see all columns').first()).toBeVisible();
	await expect(box).toHaveAccessibleDescription(/Scroll sideways to see all columns/);
	await expect(page.getByRole('region', { name: 'Budget split 2017/18, as printed in the source' })).toHaveAttribute('tabindex', '0');
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((node) => node.scrollLeft)).toBeGreaterThan(0);
	await expectNoAccessibilityViolations(page);
});

test('a table that fits adds no stop to the Tab order', async ({ appPage: page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await visit(page, '/budget');
	await waitForData(page);
	const box = page.locator('.table-scroll', { has: page.getByRole('table', { name: /^Budget split/ }) });
	await expect(box).toHaveAttribute('data-scrolls', 'false');
	await expect(box).not.toHaveAttribute('tabindex');
	await expect(box).not.toHaveAttribute('role');
	await expect(page.getByText('Scroll sideways to see all columns')).toHaveCount(0);
});
