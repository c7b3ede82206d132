import { describe, expect, it } from 'vitest';
import { loadFailure } from './load-failure';

describe('loadFailure', () => {
	it('says what to do when the engine ran out of memory, naming the files', () => {
		const said = loadFailure(new Error('Out of Memory Error: failed to allocate data of size 16.0 MiB (286.1 MiB/286.1 MiB used)'), '2024-01-leicestershire-street.csv');
		expect(said).toContain('2024-01-leicestershire-street.csv');
		expect(said).toContain('Load fewer files at a time');
		expect(said).not.toContain('Out of Memory Error');
	});

	it("passes any other failure's own words on", () => {
		expect(loadFailure(new Error('The check accepted 10 rows but the database added 9; nothing was loaded.'), 'a.csv')).toBe(
			'The check accepted 10 rows but the database added 9; nothing was loaded.'
		);
	});
});
