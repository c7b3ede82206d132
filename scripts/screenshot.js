// Takes full-page screenshots of the dashboard's pages once their data has
// loaded, so that people can look at what the browser drew.
// Usage: node scripts/screenshot.js <base-url> <out-dir> <path> [<path> ...]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser.js';

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
	console.error('Usage: node scripts/screenshot.js <base-url> <out-dir> <path> [<path> ...]');
	process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
// SCREENSHOT_WIDTH looks at a phone (390) or a desktop (1280); 1200 by default.
const width = Number(process.env.SCREENSHOT_WIDTH ?? 1200);
const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
page.on('console', (message) => {
	if (message.type() === 'error') console.log(`console: ${message.text()}`);
});
for (const path of paths) {
	await page.goto(new URL(path, base).href);
	await page
		.waitForFunction(() => !document.querySelector('[data-state="loading"], [data-testid="loading"], tr[data-checked="false"]'), null, { timeout: 20_000 })
		.catch(() => console.log(`${path}: still loading after 20 s`));
	await page.waitForTimeout(200);
	const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
	// SCREENSHOT_FULL_PAGE=0 keeps to the first screen (the guide's pictures); the whole page by default.
	await page.screenshot({ path: file, fullPage: process.env.SCREENSHOT_FULL_PAGE !== '0' });
	console.log(`${path} -> ${file}`);
}
await browser.close();
