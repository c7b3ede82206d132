// What the figures were measured on: they mean little without it.
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/**
 * The machine, Node and Chromium versions, and how busy the machine was.
 * @param {string} chromiumVersion
 */
export function describeMachine(chromiumVersion) {
	const cores = cpus();
	return {
		cores: cores.length,
		cpuModel: cpuModel() ?? cores[0]?.model ?? 'unknown',
		memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		freeMemoryGB: Math.round((freemem() / 1024 ** 3) * 10) / 10,
		loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
		platform: `${process.platform} ${process.arch}`,
		node: process.version,
		chromium: chromiumVersion
	};
}

/** The CPU's marketing name from /proc/cpuinfo, which names virtual CPUs better than os.cpus(). */
function cpuModel() {
	try {
		return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
	} catch {
		return undefined;
	}
}

/** The load averages now, to note how busy the machine was at the end. */
export function loadNow() {
	return loadavg().map((load) => Math.round(load * 100) / 100);
}
