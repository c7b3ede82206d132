import { describe, expect, it } from 'vitest';
import { districtRows } from './engagement-districts';

const charnwood = { district: 'Charnwood', counted: 1, also_reported: 0, not_counted: 0, places: 'Charnwood' };
const llr = { district: 'LLR-wide', counted: 34, also_reported: 13, not_counted: 1, places: '' };

describe('districtRows', () => {
	it('lists the nine areas in order, then LLR-wide, with unrecorded areas marked', () => {
		const rows = districtRows([llr, charnwood], null);
		expect(rows.map((r) => r.district)).toEqual([
			'Leicester',
			'Blaby',
			'Charnwood',
			'Harborough',
			'Hinckley and Bosworth',
			'Melton',
			'North West Leicestershire',
			'Oadby and Wigston',
			'Rutland',
			'LLR-wide'
		]);
		expect(rows[2]).toEqual({ ...charnwood, recorded: true });
		expect(rows[0]).toMatchObject({ counted: 0, recorded: false });
		expect(rows[9]).toMatchObject({ counted: 34, recorded: true });
	});

	it('shows only the chosen area', () => {
		expect(districtRows([charnwood], 'Charnwood')).toEqual([{ ...charnwood, recorded: true }]);
		expect(districtRows([], 'Melton')).toEqual([{ district: 'Melton', counted: 0, also_reported: 0, not_counted: 0, places: '', recorded: false }]);
	});
});
