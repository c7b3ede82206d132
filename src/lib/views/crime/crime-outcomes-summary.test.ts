import { describe, expect, it } from 'vitest';
import { outcomeMixSummary } from './crime-outcomes-summary';

const mix = {
	force: 'Leicestershire Police',
	outcomesLoaded: 90,
	firstMonth: '2022-09',
	lastMonth: '2022-10',
	rows: [
		{ outcome: 'Under investigation', crimes: 60 },
		{ outcome: 'Offender given a caution', crimes: 20 },
		{ outcome: null, crimes: 20 }
	]
};

describe('outcomeMixSummary', () => {
	it('says how many crimes have an outcome, and the most common', () => {
		expect(outcomeMixSummary(mix, 'October 2022')).toBe(
			'Of the 100 crimes recorded for October 2022, 80 (80.0%) have an outcome in the outcomes files loaded (September 2022 to October 2022). The most common latest outcome is “Under investigation” (60, 60.0% of the crimes).'
		);
	});

	it('says in plain words when no outcomes are loaded', () => {
		expect(outcomeMixSummary({ ...mix, outcomesLoaded: 0, rows: [] }, 'October 2022')).toBe(
			'No outcomes file of Leicestershire Police is loaded, so the outcomes of these crimes are not known here.'
		);
	});
});
