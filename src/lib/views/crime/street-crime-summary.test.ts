import { describe, expect, it } from 'vitest';
import { outsideLlr } from './street-crime';
import { streetCrimeSummary } from './street-crime-summary';

// 100 records: 50 violence, 30 ASB, 15 shoplifting, 5 burglary; 70 crimes. 4 outside LLR.
const byType = [
	{ crime_type: 'Violence and sexual offences', crimes: 50 },
	{ crime_type: 'Anti-social behaviour', crimes: 30 },
	{ crime_type: 'Shoplifting', crimes: 15 },
	{ crime_type: 'Burglary', crimes: 5 }
];
const byDistrict = [
	{ district: 'Leicester', crimes: 96 },
	{ district: outsideLlr, crimes: 4 }
];

describe('streetCrimeSummary', () => {
	it('gives the total, crimes against ASB, the three most common types with shares, and those outside LLR', () => {
		expect(streetCrimeSummary({ periodText: '2023/24', area: null, byType, byDistrict, illustrative: false })).toBe(
			'For 2023/24 in Leicester, Leicestershire and Rutland, the police.uk street-level files record 100 crimes and anti-social behaviour incidents: 70 crimes and 30 incidents of anti-social behaviour. ' +
				'The most common types were violence and sexual offences (50, 50.0%), anti-social behaviour (30, 30.0%) and shoplifting (15, 15.0%). ' +
				`4 of them (4.0%) are just over the border or have no location, so they are counted as "${outsideLlr}", not in any of the nine areas. All are Leicestershire Police's records.`
		);
	});

	it('names the area, leaves out the border sentence there, and says when the figures are a sample', () => {
		const text = streetCrimeSummary({
			periodText: 'October 2023',
			area: 'Melton',
			byType: byType.slice(1, 2),
			byDistrict: [{ district: 'Melton', crimes: 30 }],
			illustrative: true
		});
		expect(text).toBe(
			"These records are an illustrative sample, not police.uk data. For October 2023 in Melton, the police.uk street-level files record 30 crimes and anti-social behaviour incidents: 0 crimes and 30 incidents of anti-social behaviour. The most common type was anti-social behaviour (30, 100.0%). All are Leicestershire Police's records."
		);
	});

	it('names another force, with no LLR area and no border sentence', () => {
		const text = streetCrimeSummary({ periodText: 'October 2022', area: null, byType, byDistrict, illustrative: false, force: 'Lancashire Constabulary' });
		expect(text).toBe(
			'For October 2022 in the area Lancashire Constabulary covers, the police.uk street-level files record 100 crimes and anti-social behaviour incidents: 70 crimes and 30 incidents of anti-social behaviour. ' +
				'The most common types were violence and sexual offences (50, 50.0%), anti-social behaviour (30, 30.0%) and shoplifting (15, 15.0%). ' +
				"All are Lancashire Constabulary's records, another force than Leicestershire Police: none is in LLR's figures."
		);
	});

	it('says plainly when nothing is in view', () => {
		expect(streetCrimeSummary({ periodText: '2021/22', area: 'Rutland', byType: [], byDistrict: [], illustrative: false })).toBe(
			'The street-level files of Leicestershire Police loaded hold no records for 2021/22 in Rutland.'
		);
	});
});
