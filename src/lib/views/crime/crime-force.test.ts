import { describe, expect, it } from 'vitest';
import { forceFromUrl, urlWithForce } from './crime-force';

describe("the Crime view's force in the URL", () => {
	const loaded = ['Leicestershire Police', 'Lancashire Constabulary'];

	it('is Leicestershire Police unless a loaded force is named', () => {
		expect(forceFromUrl(new URLSearchParams(''), loaded)).toBe('Leicestershire Police');
		expect(forceFromUrl(new URLSearchParams('force=lancashire'), loaded)).toBe('Lancashire Constabulary');
		expect(forceFromUrl(new URLSearchParams('force=kent'), loaded)).toBe('Leicestershire Police');
	});

	it('round-trips through a link, keeping the other filters', () => {
		const url = urlWithForce(new URL('http://x/crime?period=2022-10'), 'Lancashire Constabulary');
		expect(url.search).toBe('?period=2022-10&force=lancashire');
		expect(forceFromUrl(url.searchParams, loaded)).toBe('Lancashire Constabulary');
		expect(urlWithForce(url, 'Leicestershire Police').search).toBe('?period=2022-10');
	});
});
