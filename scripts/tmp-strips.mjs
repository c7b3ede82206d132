// node scripts/tmp-strips.mjs <base> <outdir> <width> <path>...  → strips of 1300 px of each page
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser.js';
const [base, out, w, ...paths] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const width = Number(w);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
for (const path of paths) {
	await page.goto(new URL(path, base).href);
	await page.waitForFunction(() => !document.querySelector('[data-ready="false"], [data-state="loading"], [data-testid="loading"]'), null, { timeout: 60_000 }).catch(() => console.log('still loading', path));
	await page.waitForTimeout(500);
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
	const strip = width < 600 ? 1300 : 1000;
	for (let y = 0, i = 0; y < height && i < 12; y += strip, i++) {
		await page.screenshot({ path: `${out}/${name}_${width}_${i}.png`, clip: { x: 0, y, width, height: Math.min(strip, height - y) }, fullPage: true });
	}
	console.log(path, height);
}
await browser.close();
