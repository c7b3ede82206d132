import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contracts } from '$lib/contracts/registry';
import { makeSnapshot, readSnapshot } from '$lib/datasets/snapshot';
import { arbitraryLog } from './meetings-arbitraries';
import { marchLog } from './meetings-fixtures';
import { emptyLog } from './meetings-log';
import { meetingsFromSnapshot, meetingsToSnapshot } from './meetings-snapshot';

const budget = readFileSync('data/budget-split.csv', 'utf8');
const datasets = [{ id: 'budget-split', files: ['budget-split.csv'], rows: 8, csv: budget }];

describe('the meetings log in a meeting snapshot', () => {
	it('comes back exactly, through the file as saved (JSON) and every contract check, for any log', () => {
		fc.assert(
			fc.property(arbitraryLog, (log) => {
				const saved = JSON.stringify(makeSnapshot('/meetings', datasets, '2026-05-07T10:00:00.000Z', 'OFFICIAL', log));
				const read = readSnapshot(saved, contracts);
				expect(read).toMatchObject({ ok: true, meetings: log });
			}),
			{ seed: 20260507, numRuns: 120 }
		);
	});

	it('keeps an empty log as empty, and a snapshot saved before the log travelled opens with none', () => {
		expect(readSnapshot(JSON.stringify(makeSnapshot('/', datasets, 'now', 'OFFICIAL', emptyLog)), contracts)).toMatchObject({ ok: true, meetings: emptyLog });
		const older = makeSnapshot('/', datasets, 'now');
		expect(older).not.toHaveProperty('meetings');
		expect(readSnapshot(JSON.stringify(older), contracts)).toEqual({ ok: true, snapshot: older, meetings: undefined });
	});

	it('refuses a log whose files break a contract or name a record the log does not hold, saying where', () => {
		const part = meetingsToSnapshot(marchLog());
		expect(meetingsFromSnapshot({ ...part, actions: part.actions.replace('2026-04-30', 'end of April') })).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/^actions in the snapshot's meetings log, line 2, column 8 \(due_date\)/)
		});
		expect(meetingsFromSnapshot({ ...part, agendaItems: part.agendaItems.replaceAll('m-march', 'm-gone') })).toMatchObject({
			ok: false,
			reason: expect.stringContaining('column 2 (meeting_id): expected the meeting_id of a meeting in the meetings log')
		});
		const { decisions: _left, ...missing } = part;
		expect(meetingsFromSnapshot(missing)).toEqual({ ok: false, reason: 'its meetings log has no decisions file.' });
		expect(meetingsFromSnapshot('meetings')).toMatchObject({ ok: false });
	});
});
