// Others build and run browser tests in this working tree. The benchmark holds
// the same lock they do (/tmp/scrutiny-build.lock) from its build to its last
// measurement, so nobody rewrites build/ under it and no one else's build
// competes for the two cores while it times things.
import { spawnSync } from 'node:child_process';

/** The lock scripts/look.sh and the browser tests take. */
export const lockFile = '/tmp/scrutiny-build.lock';
/** Set in the re-executed process, which already holds the lock. */
const heldVariable = 'SCRUTINY_BENCH_HOLDS_LOCK';
/** How long to wait for others to finish before giving up. */
const waitSeconds = 1800;
/** flock's exit code when the wait runs out (its -E option). */
const timedOut = 75;

/**
 * Returns when this process holds the lock. Otherwise re-runs this script
 * under `flock` and exits with its exit code, so everything after this call
 * runs locked.
 * @param {string} script absolute path of the entry script
 * @param {readonly string[]} args its arguments
 */
export function runUnderLock(script, args) {
	if (process.env[heldVariable] === '1') return;
	console.log(`Waiting for ${lockFile} (others' builds and browser tests hold it)…`);
	const child = spawnSync('flock', ['-w', String(waitSeconds), '-E', String(timedOut), lockFile, process.execPath, script, ...args], {
		stdio: 'inherit',
		env: { ...process.env, [heldVariable]: '1' }
	});
	if (child.error) {
		console.error(`Could not run flock (${child.error.message}); the benchmark needs it to share the build folder safely.`);
		process.exit(2);
	}
	if (child.status === timedOut) {
		console.error(`Gave up waiting ${waitSeconds / 60} minutes for ${lockFile}.`);
		process.exit(2);
	}
	process.exit(child.status ?? (child.signal ? 1 : 0));
}
