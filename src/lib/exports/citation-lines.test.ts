import { describe, expect, it } from 'vitest';
import { citationLines } from './citation-lines';

describe('citation lines for exports', () => {
	it('gives one line per document with its title, date and every place cited, once each', () => {
		const lines = citationLines([
			{ source_document: 'police-and-crime-plan-2017', source_ref: 'Value for Money section, row 1' },
			{ source_document: 'police-and-crime-plan-2017', source_ref: 'Value for Money section, row 2' },
			{ source_document: 'police-and-crime-plan-2017', source_ref: 'Value for Money section, row 1' },
			{ source_document: 'illustrative-sample', source_ref: 'monthly sample' }
		]);
		expect(lines).toEqual([
			'Police and Crime Plan 2017-2021, 23 March 2017: Value for Money section, row 1; Value for Money section, row 2',
			'Illustrative sample: monthly sample'
		]);
	});

	it('counts the places when there are too many to list', () => {
		const many = ['paragraph 1', 'paragraph 2', 'paragraph 3', 'paragraph 4'].map((source_ref) => ({ source_document: 'first-100-days-2016', source_ref }));
		expect(citationLines(many, 3)).toEqual(['Police and Crime Commissioner: first 100 days in office, 23 September 2016: 4 places, each given in the data']);
	});

	it('cites an upload as the file was loaded: its name, a short hash and the day, never as a published figure', () => {
		const hash = 'ab12cd34'.repeat(8);
		const lines = citationLines([{ source_document: 'uploaded: referrals-q3.csv', source_ref: `SHA-256 ${hash}; loaded 2026-11-29T08:00:00.000Z` }]);
		expect(lines).toEqual(['referrals-q3.csv: uploaded extract, not a published figure: SHA-256 ab12cd34…, loaded 29 November 2026']);
	});
});
