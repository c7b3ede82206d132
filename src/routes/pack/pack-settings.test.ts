import { describe, expect, it } from 'vitest';
import { packQuery, packSettingsFromUrl, withLogMeeting } from './pack-settings';

const offered = ['budget', 'engagement', 'custody-visiting'];

describe('the panel pack settings in the URL', () => {
	it('reads every field, keeping the views in the order they are offered', () => {
		const settings = packSettingsFromUrl(
			new URLSearchParams(
				'meeting=Police+and+Crime+Panel&log-meeting=m-1&date=2024-02-07&period=2023%2F24-Q3&area=Melton&view=custody-visiting&view=budget&marking=OFFICIAL-SENSITIVE&threshold=10'
			),
			offered
		);
		expect(settings).toEqual({
			meeting: 'Police and Crime Panel',
			logMeeting: 'm-1',
			date: '2024-02-07',
			period: { kind: 'quarter', startYear: 2023, quarter: 3 },
			area: 'Melton',
			views: ['budget', 'custody-visiting'],
			marking: 'OFFICIAL-SENSITIVE',
			threshold: 10
		});
		expect(packQuery(settings)).toBe(
			'meeting=Police+and+Crime+Panel&log-meeting=m-1&date=2024-02-07&period=2023%2F24-Q3&area=Melton&view=budget&view=custody-visiting&marking=OFFICIAL-SENSITIVE&threshold=10'
		);
	});

	it('falls back to the defaults: OFFICIAL, a threshold of 5, all periods, all areas, no views', () => {
		const settings = packSettingsFromUrl(new URLSearchParams('date=2024-02-30&view=crime&marking=SECRET&threshold=0&area=Narnia'), offered);
		expect(settings).toEqual({ meeting: '', logMeeting: '', date: '', period: { kind: 'all' }, area: null, views: [], marking: 'OFFICIAL', threshold: 5 });
		expect(packQuery(settings)).toBe('');
	});

	it('takes the name and date of a meeting chosen from the meetings log where the form leaves them empty', () => {
		const board = { name: 'Strategic Assurance Board', date: '2026-05-07' };
		const empty = packSettingsFromUrl(new URLSearchParams('log-meeting=m-may'), offered);
		expect(withLogMeeting(empty, board)).toMatchObject({ meeting: board.name, date: board.date, logMeeting: 'm-may' });
		const typed = packSettingsFromUrl(new URLSearchParams('log-meeting=m-may&meeting=Board&date=2026-05-08'), offered);
		expect(withLogMeeting(typed, board)).toMatchObject({ meeting: 'Board', date: '2026-05-08' });
		expect(withLogMeeting(empty, undefined)).toBe(empty);
	});
});
