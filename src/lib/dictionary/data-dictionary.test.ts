import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from './data-dictionary';
import { views } from '$lib/views/registry';
import { meetingContracts } from '$lib/contracts/meetings';
import { contracts } from '$lib/contracts/registry';

const path = 'data/README.md';

describe('data dictionary', () => {
	const written = dataDictionary(contracts, views, meetingContracts);

	it('lists every column of every contract with its SQL type', () => {
		for (const contract of contracts) {
			expect(written).toContain(`(\`${contract.id}\`)`);
			for (const column of contract.columns) expect(written).toContain(`| \`${column.name}\` |`);
		}
		expect(written).toContain('| `amount_gbp_m` | decimal | DECIMAL(18, 3) | £ millions | yes |');
	});

	it('lists the meetings log after the extracts, each as a file the Meetings pages write and read, not an embedded one', () => {
		const log = written.slice(written.indexOf('# The meetings log'));
		expect(written.indexOf('# The meetings log')).toBeGreaterThan(0);
		for (const contract of meetingContracts) {
			const section = log.slice(log.indexOf(`(\`${contract.id}\`)`)).split('\n## ')[0] ?? '';
			expect(section).toContain(`loaded there as \`${contract.id}.csv\``);
			expect(section).not.toContain('Embedded file');
			for (const column of contract.columns) expect(section).toContain(`| \`${column.name}\` |`);
		}
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
