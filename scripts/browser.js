// Which Chromium the browser tests drive: a Playwright-installed one when a
// developer has it, else Debian's /usr/bin/chromium (Playwright cannot download
// browsers on CI's closed network). SCRUTINY_CHROMIUM overrides both.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const debianChromium = '/usr/bin/chromium';

/** The executable to launch, or undefined for Playwright's own. */
export function chromiumExecutable() {
	if (process.env.SCRUTINY_CHROMIUM) return process.env.SCRUTINY_CHROMIUM;
	let bundled;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = '';
	}
	if (bundled && existsSync(bundled)) return undefined;
	return debianChromium;
}

/** Flags for a headless Chromium that makes no request of its own. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
