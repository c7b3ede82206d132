import { describe, expect, it } from 'vitest';
import { packQuery, packSettingsFromUrl } from './pack-settings';

const offered = ['budget', 'engagement', 'custody-visiting'];

describe('the panel pack settings in the URL', () => {
	it('reads every field, keeping the views in the order they are offered', () => {
		const settings = packSettingsFromUrl(
			new URLSearchParams('meeting=Police+and+Crime+Panel&date=2024-02-07&period=2023%2F24-Q3&area=Melton&view=custody-visiting&view=budget&marking=OFFICIAL-SENSITIVE&threshold=10'),
			offered
		);
		expect(settings).toEqual({
			meeting: 'Police and Crime Panel',
			date: '2024-02-07',
			period: { kind: 'quarter', startYear: 2023, quarter: 3 },
			area: 'Melton',
			views: ['budget', 'custody-visiting'],
			marking: 'OFFICIAL-SENSITIVE',
			threshold: 10
		});
		expect(packQuery(settings)).toBe('meeting=Police+and+Crime+Panel&date=2024-02-07&period=2023%2F24-Q3&area=Melton&view=budget&view=custody-visiting&marking=OFFICIAL-SENSITIVE&threshold=10');
	});

	it('falls back to the defaults: OFFICIAL, a threshold of 5, all periods, all areas, no views', () => {
		const settings = packSettingsFromUrl(new URLSearchParams('date=2024-02-30&view=crime&marking=SECRET&threshold=0&area=Narnia'), offered);
		expect(settings).toEqual({ meeting: '', date: '', period: { kind: 'all' }, area: null, views: [], marking: 'OFFICIAL', threshold: 5 });
		expect(packQuery(settings)).toBe('');
	});
});
