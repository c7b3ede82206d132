import { describe, expect, it } from 'vitest';
import { areas } from '$lib/filters/areas';
import { suiteFilterParam, suitesInArea } from './custody-suites';

describe('custody suites by area', () => {
	it('puts the primary suites in Leicester and the standby suite in Oadby and Wigston', () => {
		expect(suitesInArea('Leicester')).toEqual(['Beaumont Leys', 'Euston Street', 'Keyham Lane']);
		expect(suitesInArea('Oadby and Wigston')).toEqual(['Wigston']);
		expect(suitesInArea(null)).toEqual(['Beaumont Leys', 'Euston Street', 'Keyham Lane', 'Wigston']);
	});

	it('finds no suite in the other seven areas', () => {
		const without = areas.filter((area) => suitesInArea(area).length === 0);
		expect(without).toEqual(['Blaby', 'Charnwood', 'Harborough', 'Hinckley and Bosworth', 'Melton', 'North West Leicestershire', 'Rutland']);
	});

	it('passes the SQL the suites joined by "|", nothing for an area without one, null for all', () => {
		expect(suiteFilterParam('Leicester')).toBe('Beaumont Leys|Euston Street|Keyham Lane');
		expect(suiteFilterParam('Rutland')).toBe('');
		expect(suiteFilterParam(null)).toBeNull();
	});
});
