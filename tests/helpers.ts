import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every request the page makes that leaves its own origin (data: and blob: stay on the device). */
export function watchOffOriginRequests(page: Page, origin: string): string[] {
	const offOrigin: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) offOrigin.push(request.url());
	});
	return offOrigin;
}

/** Content-Security-Policy violations the page reports. */
export async function watchPolicyViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation(text: string): void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI}`
			);
		});
	});
	return violations;
}

/**
 * What is still coming on a page: a view whose figures are not drawn yet (`data-ready` other
 * than "true") or a dataset still loading (`data-state="loading"`, which the views' ready signal replaces).
 */
export const notReady = '[data-ready]:not([data-ready="true"]), [data-state="loading"]';

/** Waits until every view and dataset on the page says it is ready; `timeout` for a slow load. */
export async function waitForData(page: Page, timeout?: number): Promise<void> {
	await expect(page.locator(notReady)).toHaveCount(0, { timeout });
}

/** Runs axe for WCAG 2.2 AA and fails with the rule ids and elements if anything is found. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	expect(found).toEqual([]);
}

/** Opens a page and waits until it is interactive (Svelte has attached its handlers). */
export async function openInteractive(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated="true"]').waitFor();
}
