import { formatCount } from '$lib/format/uk';
import { freshForDays } from '$lib/quality/quality-checks';

/** Whole days from one ISO date to another (positive when `to` is later). */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A dataset's "as at" judged against the meeting, not the day the pack is
 * printed: figures are current or stale for the meeting they go to. Uses the
 * checks' own words and freshness rule, so the cover and the annex agree.
 */
export function asAtAgainstMeeting(asAt: string, meeting: string): { result: 'Pass' | 'Warning'; words: string } {
	const days = daysBetween(asAt, meeting);
	if (days < 0) return { result: 'Warning', words: `${formatCount(-days)} days after the meeting date` };
	if (days > freshForDays) return { result: 'Warning', words: `${formatCount(days)} days before the meeting: older than ${freshForDays} days` };
	return { result: 'Pass', words: `${formatCount(days)} days before the meeting` };
}
