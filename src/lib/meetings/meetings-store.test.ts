import { describe, expect, it } from 'vitest';
import { addAgendaItem, addDecision, addMeeting } from './log-changes';
import { aprilPanel, counterIds, marchBoard } from './meetings-fixtures';
import { changedElsewhere, MeetingsStore, type ChangeNotice, type ChangeNotices, type LogStorage, type StoredLog } from './meetings-store';

/** One device: a saved record and a channel that delivers each tab's notices to the other tabs. */
function fakeDevice() {
	let saved: StoredLog | undefined;
	const listeners = new Set<{ tab: number; heard: (notice: ChangeNotice) => void }>();
	const storage: LogStorage = {
		read: async () => structuredClone(saved),
		update: async (updater) => {
			saved = structuredClone(updater(structuredClone(saved)));
		}
	};
	let tabs = 0;
	const tab = () => {
		const id = ++tabs;
		const notices: ChangeNotices = {
			post: (notice) => listeners.forEach((l) => l.tab !== id && l.heard(notice)),
			listen: (heard) => {
				const listener = { tab: id, heard };
				listeners.add(listener);
				return () => listeners.delete(listener);
			}
		};
		return new MeetingsStore(storage, notices);
	};
	return { tab, saved: () => saved };
}

const item = (meetingId: string, topic: string) => addAgendaItem({ id: `i-${topic}`, meetingId, topic, measureIds: [], viewPaths: ['/budget'], period: '2025/26' });

describe('meetings store', () => {
	it('saves every change at once: a tab opened later (a reload) sees it all', async () => {
		const device = fakeDevice();
		const first = device.tab();
		await first.load();
		await first.save(addMeeting(first.log, marchBoard, counterIds()));
		await first.save(item('m-march', 'budget'));
		const reloaded = device.tab();
		const log = await reloaded.load();
		expect(log.meetings).toEqual([marchBoard]);
		expect(log.agendaItems.map((i) => i.topic)).toEqual(['budget']);
	});

	it('undoes the last change, after a reload too, and only once', async () => {
		const device = fakeDevice();
		const tab = device.tab();
		await tab.load();
		await tab.save(addMeeting(tab.log, marchBoard, counterIds()));
		await tab.save(item('m-march', 'budget'));
		const reloaded = device.tab();
		await reloaded.load();
		expect(reloaded.undoDescription).toBe('add "budget" to the agenda');
		expect(await reloaded.undo()).toMatchObject({ ok: true });
		expect(reloaded.log.agendaItems).toEqual([]);
		expect(reloaded.log.meetings).toEqual([marchBoard]);
		expect(await reloaded.undo()).toMatchObject({ ok: false });
		expect(device.saved()?.log.meetings).toEqual([marchBoard]);
	});

	it('refuses a change to a meeting another tab changed since, and tells the other tab', async () => {
		const device = fakeDevice();
		const a = device.tab();
		await a.load();
		await a.save(addMeeting(a.log, marchBoard, counterIds()));
		const b = device.tab();
		await b.load();
		const heardByA: (readonly string[])[] = [];
		a.onChangedElsewhere((ids) => heardByA.push(ids));
		expect(await b.save(item('m-march', 'from b'))).toMatchObject({ ok: true });
		expect(heardByA).toEqual([['m-march']]);
		const refused = await a.save(item('m-march', 'from a'));
		expect(refused).toEqual({ ok: false, meetingIds: ['m-march'], message: changedElsewhere });
		expect(device.saved()?.log.agendaItems.map((i) => i.topic)).toEqual(['from b']);
		// Nor may A undo B's change, which it has not seen.
		expect(await a.undo()).toMatchObject({ ok: false, message: changedElsewhere });
		// After a reload A sees B's item and may change the meeting again.
		await a.load();
		expect(await a.save(item('m-march', 'from a'))).toMatchObject({ ok: true });
		expect(device.saved()?.log.agendaItems.map((i) => i.topic)).toEqual(['from b', 'from a']);
	});

	it("lets two tabs change different meetings without losing either tab's change", async () => {
		const device = fakeDevice();
		const a = device.tab();
		await a.load();
		await a.save(addMeeting(a.log, marchBoard, counterIds()));
		await a.save(addMeeting(a.log, aprilPanel, counterIds()));
		const b = device.tab();
		await b.load();
		await b.save(addDecision({ id: 'd-1', meetingId: 'm-panel', decision: 'Noted', decidedBy: 'Panel', date: '2026-04-20' }));
		expect(await a.save(item('m-march', 'budget'))).toMatchObject({ ok: true });
		const log = device.saved()!.log;
		expect(log.decisions.map((d) => d.id)).toEqual(['d-1']);
		expect(log.agendaItems.map((i) => i.topic)).toEqual(['budget']);
	});
});
