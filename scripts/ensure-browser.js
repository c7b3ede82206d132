// Makes sure the browser tests have what they need, installing Debian's
// packages for what is missing: a Chromium (unless a Playwright-installed one is
// present), and poppler-utils (pdfinfo, pdftotext), with which the panel pack's
// test reads the PDF that Chromium prints.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, debianChromium } from './browser.js';

/** True when a program is on the PATH. */
function onPath(program) {
	try {
		execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const missing = [];
const executable = chromiumExecutable();
if (executable === undefined || existsSync(executable)) {
	console.log(`Browser for tests: ${executable ?? "Playwright's own Chromium"}`);
} else if (executable !== debianChromium) {
	console.error(`SCRUTINY_CHROMIUM is ${executable}, which does not exist.`);
	process.exit(1);
} else {
	missing.push('chromium');
}
if (!onPath('pdftotext') || !onPath('pdfinfo')) missing.push('poppler-utils');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];
const run = (command) => {
	const [program, ...args] = [...sudo, ...command];
	console.log(`$ ${[program, ...args].join(' ')}`);
	execFileSync(program, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
};
try {
	console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests.`);
	run(['apt-get', 'update']);
	run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
} catch {
	console.error(
		`Could not install ${missing.join(' and ')}. Install ${missing.length > 1 ? 'them' : 'it'} yourself ` +
			'(Debian: sudo apt-get install chromium poppler-utils; macOS: brew install poppler, and npx playwright install chromium) and run the tests again.'
	);
	process.exit(1);
}
