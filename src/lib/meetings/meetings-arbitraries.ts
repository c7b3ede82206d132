/**
 * Arbitrary meetings log records for property tests (fast-check): any text
 * the contracts allow, quotes, commas, line breaks and formula-like starts
 * included. `arbitraryLog` makes a whole log whose records name one another,
 * as a log kept through the pages does. Used by tests only.
 */
import fc from 'fast-check';
import type { MeetingsLog } from './meetings-log';

// Any text at all, including quotes, commas, line breaks and formula-like starts.
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });
const optionalText = fc.string({ unit: 'binary', maxLength: 30 });
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
// A list cell's entries: no semicolon, no surrounding space, not blank.
const listEntry = fc
	.string({ minLength: 1, maxLength: 12 })
	.map((s) => s.replaceAll(';', '').trim())
	.filter((s) => s !== '');

export const arbitraries: { readonly [K in keyof MeetingsLog]: fc.Arbitrary<MeetingsLog[K][number]> } = {
	meetings: fc.record({ id: text, name: text, type: fc.constantFrom('Panel', 'accountability board', 'other'), date: isoDate, status: fc.constantFrom('planned', 'held') }),
	agendaItems: fc.record({
		id: text,
		meetingId: text,
		number: fc.integer({ min: -1000, max: 100000 }),
		topic: text,
		measureIds: fc.array(listEntry, { maxLength: 3 }),
		viewPaths: fc.array(listEntry, { minLength: 1, maxLength: 3 }),
		period: text
	}),
	assuranceRatings: fc.record({ itemId: text, rating: fc.constantFrom('Assured', 'Partly assured', 'Not assured'), reason: text, ratedOn: isoDate }),
	actions: fc.record({
		id: text,
		action: text,
		owner: text,
		raisedAt: text,
		onLogOf: text,
		measureId: optionalText,
		viewPath: optionalText,
		dueDate: isoDate,
		status: fc.constantFrom('open', 'done', 'closed by the Commissioner', 'carried forward'),
		closedOn: fc.option(isoDate, { nil: '' })
	}),
	actionUpdates: fc.record({ id: text, actionId: text, date: isoDate, update: text }),
	decisions: fc.record({ id: text, meetingId: text, decision: text, decidedBy: text, date: isoDate })
};

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** A whole log: meetings, then items, ratings, actions, updates and decisions naming the records before them. */
export const arbitraryLog: fc.Arbitrary<MeetingsLog> = fc.uniqueArray(arbitraries.meetings, { minLength: 1, maxLength: 4, selector: (meeting) => meeting.id }).chain((meetings) => {
	const meetingIds = meetings.map((meeting) => meeting.id);
	return fc
		.record({
			agendaItems: fc.uniqueArray(
				fc.tuple(arbitraries.agendaItems, pick(meetingIds)).map(([item, meetingId]) => ({ ...item, meetingId })),
				{ maxLength: 4, selector: (item) => item.id }
			),
			actions: fc.uniqueArray(
				fc.tuple(arbitraries.actions, pick(meetingIds), pick(meetingIds)).map(([action, raisedAt, onLogOf]) => ({ ...action, raisedAt, onLogOf })),
				{ maxLength: 4, selector: (action) => action.id }
			),
			decisions: fc.array(
				fc.tuple(arbitraries.decisions, pick(meetingIds)).map(([decision, meetingId]) => ({ ...decision, meetingId })),
				{ maxLength: 3 }
			)
		})
		.chain(({ agendaItems, actions, decisions }) =>
			fc.record({
				meetings: fc.constant(meetings),
				agendaItems: fc.constant(agendaItems),
				assuranceRatings: agendaItems.length
					? fc.array(
							fc.tuple(arbitraries.assuranceRatings, pick(agendaItems.map((item) => item.id))).map(([rating, itemId]) => ({ ...rating, itemId })),
							{ maxLength: 3 }
						)
					: fc.constant([]),
				actions: fc.constant(actions),
				actionUpdates: actions.length
					? fc.array(
							fc.tuple(arbitraries.actionUpdates, pick(actions.map((action) => action.id))).map(([update, actionId]) => ({ ...update, actionId })),
							{ maxLength: 3 }
						)
					: fc.constant([]),
				decisions: fc.constant(decisions)
			})
		);
});
