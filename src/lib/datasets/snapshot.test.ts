import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contracts } from '$lib/contracts/registry';
import { makeSnapshot, readSnapshot } from './snapshot';

const budget = readFileSync('data/budget-split.csv', 'utf8');

describe('meeting snapshots', () => {
	it('round-trips the page and every dataset exactly', () => {
		const made = makeSnapshot('/budget?year=2017%2F18', [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }], '2026-11-23T10:00:00.000Z');
		const read = readSnapshot(JSON.stringify(made), contracts);
		expect(read).toEqual({ ok: true, snapshot: made });
	});

	it('opens a snapshot saved with a byte-order mark, as they were before November 2026', () => {
		const made = makeSnapshot('/budget', [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }], '2026-11-23T10:00:00.000Z');
		expect(readSnapshot(`\uFEFF${JSON.stringify(made)}`, contracts)).toEqual({ ok: true, snapshot: made });
	});

	it('refuses files that are not snapshots, name pages elsewhere, or break a contract', () => {
		expect(readSnapshot('not json', contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
		expect(readSnapshot('{"format":"other"}', contracts)).toMatchObject({ ok: false });
		const elsewhere = makeSnapshot('//evil.example/', [], 'now');
		expect(readSnapshot(JSON.stringify(elsewhere), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('outside the dashboard') });
		const broken = makeSnapshot('/budget', [{ id: 'budget-split', files: [], rows: 8, csv: budget.replace(',154.5,', ',lots,') }], 'now');
		expect(readSnapshot(JSON.stringify(broken), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('line 2, column 8 (amount_gbp_m)') });
		const miscounted = makeSnapshot('/budget', [{ id: 'budget-split', files: [], rows: 9, csv: budget }], 'now');
		expect(readSnapshot(JSON.stringify(miscounted), contracts)).toMatchObject({ ok: false, reason: expect.stringContaining('says 9 rows but holds 8') });
	});
});
