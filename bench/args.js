// The benchmark's command line. `npm run bench -- --quick` passes the flags on.

/** What `node bench/run.js --help` prints. */
export const usage = `Usage: npm run bench -- [--runs N] [--quick] [--only first,views,filter,ingest,batch] [--changes N] [--skip-build]
  --runs N       runs of each figure (default 5)
  --quick        2 runs and the fewest filter changes allowed (20)
  --only LIST    run only some groups: first (first chart, size), views (every view's first figures,
                 cold), filter, ingest (with memory),
                 batch (12 and 35 monthly police.uk files chosen together, to the Crime view)
  --changes N    filter changes per dataset size (default 40; at least 20)
  --sizes LIST   street-crime sizes to load: 10k,100k,1M (default all; ingest uses 100k and 1M)
  --skip-build   measure the build/ folder as it is (still under the shared lock)`;

/** The groups of figures the benchmark can run. */
export const groups = ['first', 'views', 'filter', 'ingest', 'batch'];
/** The street-crime dataset sizes. */
export const sizeNames = ['10k', '100k', '1M'];

/**
 * Reads the flags.
 * @param {readonly string[]} argv the arguments after the script name
 * @returns {{ runs: number, quick: boolean, only: string[], sizes: string[], changes: number, skipBuild: boolean, help: boolean }}
 */
export function parseArgs(argv) {
	const options = { runs: 5, quick: false, only: [...groups], sizes: [...sizeNames], changes: 40, skipBuild: false, help: false };
	let runsGiven = false;
	let changesGiven = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			const next = argv[++i];
			if (next === undefined) throw new Error(`${arg} needs a value.\n${usage}`);
			return next;
		};
		if (arg === '--runs') {
			options.runs = whole(value(), '--runs');
			runsGiven = true;
		} else if (arg === '--changes') {
			options.changes = whole(value(), '--changes');
			changesGiven = true;
		} else if (arg === '--quick') options.quick = true;
		else if (arg === '--skip-build') options.skipBuild = true;
		else if (arg === '--help' || arg === '-h') options.help = true;
		else if (arg === '--only') {
			const chosen = value()
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean);
			const unknown = chosen.filter((name) => !groups.includes(name));
			if (unknown.length) throw new Error(`Unknown group ${unknown.join(', ')}: choose from ${groups.join(', ')}.`);
			options.only = chosen;
		} else if (arg === '--sizes') {
			const chosen = value()
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean);
			const unknown = chosen.filter((name) => !sizeNames.includes(name));
			if (unknown.length) throw new Error(`Unknown size ${unknown.join(', ')}: choose from ${sizeNames.join(', ')}.`);
			options.sizes = chosen;
		} else throw new Error(`Unknown option ${arg}.\n${usage}`);
	}
	if (options.quick && !runsGiven) options.runs = 2;
	if (options.quick && !changesGiven) options.changes = 20;
	options.changes = Math.max(20, options.changes);
	return options;
}

/**
 * A positive whole number from a flag.
 * @param {string} text
 * @param {string} flag
 */
function whole(text, flag) {
	const number = Number(text);
	if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a whole number of 1 or more, not ${text}.`);
	return number;
}
