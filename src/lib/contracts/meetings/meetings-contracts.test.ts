import { describe, expect, it } from 'vitest';
import { checkCsv } from '$lib/validation/check-csv';
import { dataDictionary } from '$lib/dictionary/data-dictionary';
import { csvFromRows, exampleRow } from '../fixtures';
import { meetingContracts } from './index';

describe('meetings contracts', () => {
	it('each has a unique id and table, and its quality key and period name its own columns', () => {
		expect(new Set(meetingContracts.map((c) => c.id)).size).toBe(meetingContracts.length);
		expect(new Set(meetingContracts.map((c) => c.table)).size).toBe(meetingContracts.length);
		for (const contract of meetingContracts) {
			const names = contract.columns.map((column) => column.name);
			for (const key of contract.quality?.key ?? []) expect(names).toContain(key);
			if (contract.quality?.period) expect(names).toContain(contract.quality.period);
		}
	});

	it("accept a row of each column's example, and refuse a value outside a code list", () => {
		for (const contract of meetingContracts) {
			expect(checkCsv(`${contract.id}.csv`, csvFromRows(contract, [exampleRow(contract)]), contract).problems).toEqual([]);
			const coded = contract.columns.find((column) => column.allowed);
			if (!coded) continue;
			const bad = { ...exampleRow(contract), [coded.name]: 'Fully assured' };
			const { problems } = checkCsv(`${contract.id}.csv`, csvFromRows(contract, [bad]), contract);
			expect(problems.map((p) => [p.line, p.column])).toEqual([[2, coded.name]]);
		}
	});

	it('refuse a blank required cell and a date that is not a real day', () => {
		const [meetings] = meetingContracts;
		const row = { ...exampleRow(meetings!), meeting_name: '', meeting_date: '2026-02-30' };
		const { problems } = checkCsv('meetings.csv', csvFromRows(meetings!, [row]), meetings!);
		expect(problems.map((p) => p.column).sort()).toEqual(['meeting_date', 'meeting_name']);
	});

	it('appear in the data dictionary with every column', () => {
		const written = dataDictionary(meetingContracts);
		for (const contract of meetingContracts) {
			expect(written).toContain(`(\`${contract.id}\`)`);
			for (const column of contract.columns) expect(written).toContain(`| \`${column.name}\` |`);
		}
		expect(written).toContain('`Partly assured`');
	});
});
