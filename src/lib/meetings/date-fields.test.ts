import { describe, expect, it } from 'vitest';
import { dateFieldsOf, parseDateFields } from './date-fields';

const read = (day: string, month: string, year: string) => parseDateFields({ day, month, year }, 'Date of the meeting');

describe('day, month and year fields', () => {
	it('read a real date, with or without leading zeros', () => {
		expect(read('7', '5', '2026')).toEqual({ ok: true, iso: '2026-05-07' });
		expect(read(' 07 ', '05', '2026')).toEqual({ ok: true, iso: '2026-05-07' });
		expect(read('29', '2', '2028')).toEqual({ ok: true, iso: '2028-02-29' });
	});

	it("say what is missing or wrong, in GOV.UK's words, and which field to fix", () => {
		expect(read('', '', '')).toEqual({ ok: false, message: 'Enter date of the meeting', field: 'day' });
		expect(read('7', '', '')).toEqual({ ok: false, message: 'Date of the meeting must include a month and year', field: 'month' });
		expect(read('30', '2', '2026')).toEqual({ ok: false, message: 'Date of the meeting must be a real date', field: 'day' });
		expect(read('1', '13', '2026')).toEqual({ ok: false, message: 'Date of the meeting must be a real date', field: 'month' });
		expect(read('1', 'May', '2026')).toMatchObject({ ok: false, field: 'month' });
		expect(read('1', '5', '26')).toEqual({ ok: false, message: 'Year must include 4 numbers', field: 'year' });
	});

	it('prefill from an ISO date', () => {
		expect(dateFieldsOf('2026-05-07')).toEqual({ day: '7', month: '5', year: '2026' });
	});
});
