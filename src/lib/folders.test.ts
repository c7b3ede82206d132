import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/lib are the stages of the pipeline (contracts, validation,
 * database, datasets, measures, shaping, summaries, spc, charts, components,
 * views, ...). A folder may use the folders before it, never one that uses it
 * back: a loop between folders means neither can be understood, tested or
 * changed alone, and every cross-cutting change touches both. This test reads
 * every module's imports and fails on any loop, naming the imports that make it.
 * `import type` is left out: a type costs nothing at run time and is how a
 * later stage names what an earlier one returns. Test files and fixtures are
 * left out too: a test may set up whatever it needs.
 */

const lib = join(process.cwd(), 'src', 'lib');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$|fixtures\.ts$|test-[\w-]+\.ts$/.test(entry.name) ? [path] : [];
	});
}

/**
 * The folder of src/lib a module belongs to: its first folder, or "." at the top.
 * A view's own folder counts as a folder of its own ("views/crime"), apart from
 * the registry's ("views"): the registry imports every view, so a view that
 * imported back from beside the registry would tie every view to every other.
 */
export function folderOf(path: string): string {
	const parts = relative(lib, path).split(sep);
	if (parts.length === 1) return '.';
	if (parts[0] === 'views' && parts.length > 2) return `views/${parts[1]}`;
	return parts[0] ?? '.';
}

/** The modules a source imports at run time: static, dynamic and re-exports, but not `import type` / `export type` or `{ type A }` alone. */
export function runtimeImports(source: string): string[] {
	const found: string[] = [];
	const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
	for (const match of source.matchAll(statement)) {
		const [, , typeOnly, names, spec] = match;
		if (typeOnly || !spec) continue;
		const braced = /^\{([^}]*)\}$/.exec(names?.trim() ?? '');
		const allTypes =
			braced &&
			braced[1]!
				.split(',')
				.map((name) => name.trim())
				.filter(Boolean)
				.every((name) => name.startsWith('type '));
		if (!allTypes) found.push(spec);
	}
	for (const match of source.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1]!);
	for (const match of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) found.push(match[1]!);
	return found;
}

function targetOf(from: string, spec: string): string | undefined {
	const path = spec.split('?')[0]!;
	if (path.startsWith('$lib/')) return join(lib, path.slice(5));
	if (path.startsWith('.')) return normalize(join(dirname(from), path));
	return undefined;
}

/** Folder → folder, with the imports behind each arrow. */
function folderGraph(): Map<string, Map<string, string[]>> {
	const graph = new Map<string, Map<string, string[]>>();
	for (const file of sourceFiles(lib)) {
		const from = folderOf(file);
		for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
			const target = targetOf(file, spec);
			if (!target || !target.startsWith(lib)) continue;
			const to = folderOf(target);
			if (to === from) continue;
			const edges = graph.get(from) ?? new Map<string, string[]>();
			edges.set(to, [...(edges.get(to) ?? []), `${relative(lib, file)} imports ${spec}`]);
			graph.set(from, edges);
		}
	}
	return graph;
}

/** Every loop of the graph, as the folders in order (Tarjan's strongly connected components, then one cycle through each). */
export function loops(graph: Map<string, Map<string, string[]>>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const components: string[][] = [];
	const visit = (node: string) => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		for (const next of graph.get(node)?.keys() ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				component.push(member);
			} while (member !== node);
			if (component.length > 1) components.push(component);
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return components.map((component) => {
		// Walk from the member met first along edges inside the component until it closes.
		const path = [[...graph.keys()].find((node) => component.includes(node))!];
		for (;;) {
			const next = [...(graph.get(path.at(-1)!)?.keys() ?? [])].find((to) => component.includes(to) && (to === path[0] || !path.includes(to)));
			if (!next || next === path[0]) return path;
			path.push(next);
		}
	});
}

describe('the folders of src/lib', () => {
	it('finds a loop when there is one, naming its folders in order', () => {
		const graph = new Map([
			['measures', new Map([['shaping', ['a']]])],
			['shaping', new Map([['charts', ['b']]])],
			['charts', new Map([['measures', ['c']]])],
			['views', new Map([['charts', ['d']]])]
		]);
		expect(loops(graph)).toEqual([['measures', 'shaping', 'charts']]);
		expect(loops(new Map([['views', new Map([['charts', ['d']]])]]))).toEqual([]);
	});

	it('counts a view’s folder apart from the registry’s folder beside it', () => {
		expect(folderOf(join(lib, 'views', 'crime', 'figures.ts'))).toBe('views/crime');
		expect(folderOf(join(lib, 'views', 'registry.ts'))).toBe('views');
		expect(folderOf(join(lib, 'spc', 'judge-views.ts'))).toBe('spc');
	});

	it('reads run-time imports and leaves type-only ones out', () => {
		const source = [
			"import type { A } from '$lib/a/x';",
			"import { type B, type C } from '$lib/b/x';",
			"import { d, type E } from '$lib/d/x';",
			"export { f } from './f';",
			"import sql from './q.sql?raw';",
			"const g = async () => (await import('./series')).g;",
			"import '$lib/styles/app.css';"
		].join('\n');
		expect(runtimeImports(source).sort()).toEqual(['$lib/d/x', '$lib/styles/app.css', './f', './q.sql?raw', './series'].sort());
	});

	it('import one another in one direction only: no folder uses a folder that uses it back', () => {
		const graph = folderGraph();
		const described = loops(graph).map((loop) =>
			loop.map((folder, position) => {
				const next = loop[(position + 1) % loop.length]!;
				return `${folder} → ${next}: ${graph.get(folder)!.get(next)!.join('; ')}`;
			})
		);
		expect(described).toEqual([]);
	});
});
