import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFromRows } from '$lib/contracts/fixtures';
import { contractById, contracts } from '$lib/contracts/registry';
import { readPoliceUkFileName } from './police-uk-files';
import { noPoliceUkFixtures, policeUkFixtures } from './police-uk-fixtures';
import { forceNote, recognise, recogniseForce } from './recognise';

describe('recognise', () => {
	it('recognises every dataset by its header, in any column order', () => {
		for (const contract of contracts) {
			const header = csvFromRows(contract, []);
			expect(recognise(header, contracts).exact.map((c) => c.id)).toEqual([contract.id]);
			const reversed = header.trim().split(',').reverse().join(',') + '\n';
			expect(recognise(reversed, contracts).exact.map((c) => c.id)).toEqual([contract.id]);
		}
	});

	it('recognises an extract that leaves out the provenance columns as its dataset, not a near match', () => {
		for (const contract of contracts.filter((c) => c.columns.some((column) => column.name === 'source_document'))) {
			const header = contract.columns.map((column) => column.name).filter((name) => !['source_document', 'source_ref', 'illustrative'].includes(name));
			expect(recognise(`${header.join(',')}\n`, contracts).exact.map((c) => c.id)).toEqual([contract.id]);
		}
	});

	it('offers near matches when a column is missing or extra', () => {
		const budget = contractById('budget-split');
		const missing =
			budget.columns
				.slice(1)
				.map((c) => c.name)
				.join(',') + '\n';
		const result = recognise(missing, contracts);
		expect(result.exact).toEqual([]);
		expect(result.near[0]?.id).toBe('budget-split');
	});

	it('recognises nothing in an unrelated header', () => {
		expect(recognise('name,shoe size\nAnn,5\n', contracts)).toMatchObject({ exact: [], near: [] });
	});
});

describe.skipIf(policeUkFixtures() === undefined)(`recogniseForce on the real files (skipped where ${noPoliceUkFixtures})`, () => {
	const fixtures = policeUkFixtures() ?? '';
	const text = (file: string) => readFileSync(`${fixtures}/${file}`, 'utf8');
	const fallsWithin = (file: string) => [
		...new Set(Papa.parse<Record<string, string>>(text(file).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.map((row) => row['Falls within']))
	];

	it("recognises a real Leicestershire month as LLR's force, from its name and its Falls within", () => {
		const file = '2022-10-leicestershire-street.csv';
		const result = recognise(text(file), contracts, file);
		expect(result.exact.map((c) => c.id)).toEqual(['street-crime']);
		expect(result.force).toEqual({ ok: true, forces: fallsWithin(file), llr: true });
	});

	it('recognises the real Lancashire file as another force', () => {
		const file = '2022-10-lancashire-street.csv';
		expect(recogniseForce(file, text(file))).toEqual({ ok: true, forces: fallsWithin(file), llr: false });
		expect(forceNote(recogniseForce(file, text(file)))).toContain('another force than Leicestershire Police');
	});

	it('refuses a file whose name says one force and whose Falls within says another, naming both', () => {
		const lancashire = text('2022-10-lancashire-street.csv');
		const result = recogniseForce('2022-10-leicestershire-street.csv', lancashire);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toMatch(/^its name says it holds Leicestershire Police's records, but its Falls within column says Lancashire Constabulary\./);
		// A copy the browser renamed is still read by its name.
		expect(recogniseForce('2022-10-leicestershire-street (1).csv', lancashire).ok).toBe(false);
	});

	it('takes the force from the name alone when the file has no Falls within (stop and search)', () => {
		expect(recogniseForce('2024-01-leicestershire-stop-and-search.csv', 'Type,Date\nPerson search,2024-01-02T10:00:00+00:00\n')).toEqual({
			ok: true,
			forces: ['Leicestershire Police'],
			llr: true
		});
		expect(recogniseForce('referrals.csv', 'month,service\n2024-01,x\n')).toEqual({ ok: true, forces: [], llr: false });
	});

	it('reads police.uk file names', () => {
		expect(readPoliceUkFileName('2022-10-lancashire-street.csv')).toEqual({ month: '2022-10', slug: 'lancashire', force: 'Lancashire Constabulary', kind: 'street' });
		expect(readPoliceUkFileName('2023-04-devon-and-cornwall-outcomes.csv')).toMatchObject({ slug: 'devon-and-cornwall', kind: 'outcomes' });
		expect(readPoliceUkFileName('2023-04-leicestershire-stop-and-search.csv')).toMatchObject({ force: 'Leicestershire Police', kind: 'stop-and-search' });
		expect(readPoliceUkFileName('2023-13-leicestershire-street.csv')).toBeNull();
		expect(readPoliceUkFileName('referrals.csv')).toBeNull();
	});
});

describe('recognising police.uk outcomes and stop and search files', () => {
	it('recognises each by its header and its name, with the force its name says', () => {
		const outcomes = csvFromRows(contractById('crime-outcomes'), [{ 'Falls within': 'Leicestershire Police' }]);
		expect(recognise(outcomes, contracts, '2022-10-leicestershire-outcomes.csv')).toMatchObject({
			exact: [contractById('crime-outcomes')],
			force: { ok: true, forces: ['Leicestershire Police'], llr: true }
		});
		const searches = csvFromRows(contractById('stop-and-search'), []);
		expect(recognise(searches, contracts, '2022-10-lancashire-stop-and-search.csv')).toMatchObject({
			exact: [contractById('stop-and-search')],
			force: { ok: true, forces: ['Lancashire Constabulary'], llr: false }
		});
	});

	it('refuses an outcomes file whose name and Falls within name different forces', () => {
		const outcomes = csvFromRows(contractById('crime-outcomes'), [{ 'Falls within': 'Lancashire Constabulary' }]);
		expect(recognise(outcomes, contracts, '2022-10-leicestershire-outcomes.csv').force).toMatchObject({ ok: false });
	});
});
