import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from './data-dictionary';
import { views } from '$lib/views/registry';
import { contracts } from './registry';

const path = 'data/README.md';

describe('data dictionary', () => {
	const written = dataDictionary(contracts, views);

	it('lists every column of every contract with its SQL type', () => {
		for (const contract of contracts) {
			expect(written).toContain(`(\`${contract.id}\`)`);
			for (const column of contract.columns) expect(written).toContain(`| \`${column.name}\` |`);
		}
		expect(written).toContain('| `amount_gbp_m` | decimal | DECIMAL(18, 3) | £ millions | yes |');
	});

	it('names the registered views that use each dataset', () => {
		for (const view of views) {
			for (const id of view.loads) {
				const section = written.slice(written.indexOf(`(\`${id}\`)`)).split('\n## ')[0] ?? '';
				expect(section).toMatch(new RegExp(`Used by: .*${view.title} \\(\`${view.path}\`\\)`));
			}
		}
	});

	it('is what data/README.md says (run npm run data:dictionary after changing a contract)', () => {
		if (process.env.UPDATE_DICTIONARY) writeFileSync(path, written);
		expect(readFileSync(path, 'utf8')).toBe(written);
	});
});
