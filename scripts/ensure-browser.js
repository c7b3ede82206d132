// Makes sure a Chromium is there for the browser tests, installing Debian's
// package when neither it nor a Playwright-installed browser is present.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, debianChromium } from './browser.js';

const executable = chromiumExecutable();
if (executable === undefined || existsSync(executable)) {
	console.log(`Browser for tests: ${executable ?? "Playwright's own Chromium"}`);
	process.exit(0);
}
if (executable !== debianChromium) {
	console.error(`SCRUTINY_CHROMIUM is ${executable}, which does not exist.`);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];
const run = (command) => {
	const [program, ...args] = [...sudo, ...command];
	console.log(`$ ${[program, ...args].join(' ')}`);
	execFileSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
try {
	console.log('No Chromium found: installing Debian\'s chromium package for the browser tests.');
	run(['apt-get', 'update']);
	run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
} catch {
	console.error(
		'Could not install Chromium. Install it yourself (sudo apt-get install chromium, or npx playwright install chromium) and run the tests again.'
	);
	process.exit(1);
}
