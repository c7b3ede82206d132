// ESLint's flat config: the recommended JavaScript, TypeScript (typescript-eslint) and
// Svelte (eslint-plugin-svelte) rules, with Prettier's formatting rules left to Prettier.
// First: it must run before the Svelte parser is loaded (see the file).
import './scripts/eslint-svelte-types.js';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			// An argument or binding named with a leading underscore is unused on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Every goto here changes the query of the page in view (filters, presenting, force): its URL
			// is made from page.url, which already carries any base path, so resolve() has nothing to add.
			'svelte/no-navigation-without-resolve': ['error', { ignoreGoto: true }]
		}
	}
);
