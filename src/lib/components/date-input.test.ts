import { describe, expect, it } from 'vitest';
import { isoToParts, readDateParts } from './date-input';

const read = (day: string, month: string, year: string) => readDateParts({ day, month, year }, 'Meeting date');

describe('readDateParts', () => {
	it('reads a real date, with or without leading zeros and spaces', () => {
		expect(read('1', '4', '2025')).toEqual({ ok: true, iso: '2025-04-01' });
		expect(read(' 01', '04 ', '2025')).toEqual({ ok: true, iso: '2025-04-01' });
		expect(read('29', '2', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
	});

	it('rejects a date that does not exist, marking the day', () => {
		expect(read('31', '02', '2025')).toEqual({ ok: false, message: 'Meeting date must be a real date', parts: ['day'] });
		expect(read('29', '2', '2025')).toEqual({ ok: false, message: 'Meeting date must be a real date', parts: ['day'] });
		expect(read('0', '4', '2025')).toMatchObject({ ok: false, parts: ['day'] });
	});

	it('rejects a month that does not exist, marking the month', () => {
		expect(read('1', '13', '2025')).toEqual({ ok: false, message: 'Meeting date must be a real date', parts: ['month'] });
	});

	it('asks for the date when nothing is entered', () => {
		expect(read('', '', '')).toEqual({ ok: false, message: 'Enter the meeting date', parts: ['day', 'month', 'year'] });
	});

	it('names the missing parts', () => {
		expect(read('1', '', '2025')).toEqual({ ok: false, message: 'Meeting date must include a month', parts: ['month'] });
		expect(read('', '', '2025')).toEqual({ ok: false, message: 'Meeting date must include a day and month', parts: ['day', 'month'] });
	});

	it('refuses letters and a year without four numbers', () => {
		expect(read('1', 'April', '2025')).toEqual({ ok: false, message: 'Meeting date must be a real date', parts: ['month'] });
		expect(read('1', '4', '25')).toEqual({ ok: false, message: 'Year must include 4 numbers', parts: ['year'] });
	});
});

describe('isoToParts', () => {
	it('fills the boxes from an ISO date, and leaves them empty for anything else', () => {
		expect(isoToParts('2025-04-01')).toEqual({ day: '1', month: '4', year: '2025' });
		expect(isoToParts('')).toEqual({ day: '', month: '', year: '' });
	});
});
