import fc from 'fast-check';
import { arbitraries } from './meetings-arbitraries';
import { describe, expect, it } from 'vitest';
import { escapeCell, meetingsCsv, meetingsDatasets, readMeetingsCsv, unescapeCell } from './meetings-csv';
import { counterIds, marchLog } from './meetings-fixtures';
import { addMeeting } from './log-changes';
import type { MeetingsLog } from './meetings-log';
import { mayBoard } from './meetings-fixtures';

describe('meetings log as CSV', () => {
	for (const dataset of meetingsDatasets) {
		it(`${dataset}: written with the contract's columns and read back through the contract check, equal`, () => {
			fc.assert(
				fc.property(fc.array(arbitraries[dataset] as fc.Arbitrary<never>, { maxLength: 6 }), (rows) => {
					const result = readMeetingsCsv(dataset, `${dataset}.csv`, meetingsCsv(dataset, rows));
					expect(result).toEqual({ ok: true, rows });
				}),
				{ seed: 20260312, numRuns: 150 }
			);
		});
	}

	it('writes the March board log as it is, action by action, and escapes a formula so a spreadsheet shows it as text', () => {
		const log = marchLog();
		const csv = meetingsCsv('actions', [...log.actions, { ...log.actions[0]!, id: 'a-x', action: '=HYPERLINK("x")' }]);
		expect(csv.split('\r\n')[0]).toBe('action_id,action,owner,raised_at,on_log_of,measure_id,view_path,due_date,status,closed_on');
		expect(csv).toContain('a-declined,Explain declined visits by suite,Chief Constable,m-march,m-march,icv-detainees-seen,/custody-visiting,2026-04-30,open,');
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(escapeCell("'=1")).toBe("''=1");
		expect(unescapeCell(escapeCell("'=1"))).toBe("'=1");
	});

	it('refuses rows that name a meeting, agenda item or action the log does not hold, saying where', () => {
		const log = marchLog();
		const items = meetingsCsv('agendaItems', [...log.agendaItems, { ...log.agendaItems[0]!, id: 'i-x', meetingId: 'm-nowhere' }]);
		expect(readMeetingsCsv('agendaItems', 'items.csv', items, log)).toEqual({
			ok: false,
			problems: [
				{
					file: 'items.csv',
					line: 4,
					column: 'meeting_id',
					columnNumber: 2,
					expected: 'the meeting_id of a meeting in the meetings log (load Meetings first)',
					found: '"m-nowhere", which the log does not hold'
				}
			]
		});
		const updates = meetingsCsv('actionUpdates', [{ id: 'u-1', actionId: 'a-gone', date: '2026-04-01', update: 'Done.' }]);
		const result = readMeetingsCsv('actionUpdates', 'updates.csv', updates, log);
		expect(result.ok ? [] : result.problems.map((p) => [p.line, p.column])).toEqual([[2, 'action_id']]);
		for (const dataset of meetingsDatasets) expect(readMeetingsCsv(dataset, 'log.csv', meetingsCsv(dataset, log[dataset]), log)).toMatchObject({ ok: true });
	});

	it('reads an empty dataset from its header alone, and refuses a file with problems, saying where', () => {
		expect(readMeetingsCsv('decisions', 'decisions.csv', meetingsCsv('decisions', []))).toEqual({ ok: true, rows: [] });
		const log = applyMay();
		const csv = meetingsCsv('meetings', log.meetings).replace('2026-05-07', '7/5/2026').replace('held', 'done');
		const result = readMeetingsCsv('meetings', 'meetings.csv', csv);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.map((p) => [p.line, p.column])).toEqual([
				[2, 'status'],
				[4, 'meeting_date']
			]);
		}
	});
});

function applyMay(): MeetingsLog {
	const log = marchLog();
	return addMeeting(log, mayBoard, counterIds()).apply(log);
}
