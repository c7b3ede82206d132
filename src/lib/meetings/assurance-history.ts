/**
 * The assurance a measure has had across meetings: each rating of an agenda
 * item that discussed it, with the meeting it was given at.
 */
import { meetingById, type Meeting, type MeetingsLog, type Rating } from './meetings-log';

/** One rating of a measure, at one meeting. */
export interface AssuranceEntry {
	readonly meeting: Meeting;
	readonly itemId: string;
	readonly topic: string;
	readonly rating: Rating;
	readonly reason: string;
}

/** Every rating of agenda items that discussed a measure, oldest meeting first. */
export function assuranceHistory(log: MeetingsLog, measureId: string): AssuranceEntry[] {
	const entries: AssuranceEntry[] = [];
	for (const item of log.agendaItems) {
		if (!item.measureIds.includes(measureId)) continue;
		const rating = log.assuranceRatings.find((r) => r.itemId === item.id);
		const meeting = meetingById(log, item.meetingId);
		if (!rating || !meeting) continue;
		entries.push({ meeting, itemId: item.id, topic: item.topic, rating: rating.rating, reason: rating.reason });
	}
	return entries.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
}

/** The latest rating of a measure at a meeting on or before a date, or undefined when it has none. */
export function assuranceFor(log: MeetingsLog, measureId: string, asOf: string): AssuranceEntry | undefined {
	return assuranceHistory(log, measureId)
		.filter((entry) => entry.meeting.date <= asOf)
		.at(-1);
}
