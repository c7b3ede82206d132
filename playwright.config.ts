import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/browser.js';

// SCRUTINY_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.SCRUTINY_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	// Two cores: two workers keep the build's preview server responsive.
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	// Generous: each page starts DuckDB-WASM afresh (a 33 MB download and
	// compile), and on a busy 2-core machine that alone has taken over 8 s.
	timeout: 60_000,
	expect: { timeout: 20_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'en-GB',
		timezoneId: 'Europe/London',
		trace: 'off',
		...devices['Desktop Chrome'],
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
	},
	projects: [{ name: 'chromium' }],
	// The tests run against the production build, as users get it.
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
