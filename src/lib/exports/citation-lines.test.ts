import { describe, expect, it } from 'vitest';
import { citationLines } from './citation-lines';

describe('citation lines for exports', () => {
	it('gives one line per document with its title, date, file and every place cited, once each', () => {
		const lines = citationLines([
			{ source_document: '003_ac62d51adaa89b3d.txt', source_ref: 'Value for Money section, row 1' },
			{ source_document: '003_ac62d51adaa89b3d.txt', source_ref: 'Value for Money section, row 2' },
			{ source_document: '003_ac62d51adaa89b3d.txt', source_ref: 'Value for Money section, row 1' },
			{ source_document: 'illustrative sample', source_ref: 'scripts/generate-sample.js' }
		]);
		expect(lines).toEqual([
			'Police and Crime Plan 2017-2021, 23 March 2017 (003_ac62d51adaa89b3d.txt): Value for Money section, row 1; Value for Money section, row 2',
			'illustrative sample: scripts/generate-sample.js'
		]);
	});

	it('counts the places when there are too many to list', () => {
		const many = ['para 1', 'para 2', 'para 3', 'para 4'].map((source_ref) => ({ source_document: '000_2d39b34f3ae1dd09.txt', source_ref }));
		expect(citationLines(many, 3)).toEqual([
			'Report to the Police and Crime Panel: PCC first 100 days in office, 23 September 2016 (000_2d39b34f3ae1dd09.txt): 4 places, each given in the data'
		]);
	});
});
