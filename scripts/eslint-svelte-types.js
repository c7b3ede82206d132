// Imported first by eslint.config.js, before the Svelte parser loads: it turns on the parser's hook that gives
// TypeScript each component's typed form when it reads a `.svelte` file. Without it, TypeScript first reads the
// component's own text, then is handed the typed form as ESLint lints it, and rebuilds its whole program for
// every component (typed linting is needed for svelte/no-unused-props and svelte/no-navigation-without-resolve):
// `eslint .` took 43 s of CPU, three quarters of it there. The parser calls the hook experimental; the same
// problems were found with and without it (none on the tree; an unused prop and three links without resolve()
// when seeded). Set the variable to 0 to lint without it.
process.env.SVELTE_ESLINT_PARSER_EXPERIMENTAL_TS_SYS_HOOK ??= '1';
