import { describe, expect, it } from 'vitest';
import { freshForDays } from '$lib/quality/quality-checks';
import { asAtAgainstMeeting } from './pack-as-at';

describe('asAtAgainstMeeting', () => {
	it('judges figures against the meeting date, with the freshness rule of the checks', () => {
		// 13 Dec 2023 back to 30 Nov 2023 is 13 days.
		expect(asAtAgainstMeeting('2023-11-30', '2023-12-13')).toEqual({ result: 'Pass', words: '13 days before the meeting' });
		expect(asAtAgainstMeeting('2023-08-15', '2023-12-13').result).toBe(120 <= freshForDays ? 'Pass' : 'Warning');
		expect(asAtAgainstMeeting('2017-03-23', '2023-12-13')).toEqual({ result: 'Warning', words: `2,456 days before the meeting: older than ${freshForDays} days` });
	});
	it('says when figures describe a time after the meeting', () => {
		expect(asAtAgainstMeeting('2025-03-31', '2023-12-13')).toEqual({ result: 'Warning', words: '474 days after the meeting date' });
	});
});
