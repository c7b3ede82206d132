import { describe, expect, it } from 'vitest';
import { filterParams, filtersFromUrl, urlWithFilters } from './view-filters';

describe('view filters in the URL', () => {
	it('round-trips period and area through the query string', () => {
		const url = new URL('http://localhost/engagement?period=2023%2F24-Q3&area=Oadby+and+Wigston');
		const filters = filtersFromUrl(url.searchParams);
		expect(filters).toEqual({ period: { kind: 'quarter', startYear: 2023, quarter: 3 }, area: 'Oadby and Wigston' });
		expect(urlWithFilters(new URL('http://localhost/engagement'), filters).search).toBe('?period=2023%2F24-Q3&area=Oadby+and+Wigston');
		expect(filterParams(filters)).toEqual(['2023-10-01', '2024-01-01', 'Oadby and Wigston']);
	});

	it('drops empty filters and ignores unknown areas', () => {
		const filters = filtersFromUrl(new URLSearchParams('area=Atlantis'));
		expect(filters.area).toBeNull();
		expect(urlWithFilters(new URL('http://localhost/x?area=Melton&keep=1'), filters).search).toBe('?keep=1');
	});
});
