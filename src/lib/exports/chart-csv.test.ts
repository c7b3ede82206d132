import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv, commentLine, exportFileName } from './chart-csv';

const figures = {
	header: ['Theme', 'Aims', 'Aims evidenced', 'Share (%)'],
	rows: [
		['Victim Services', 7, 6, 85.7],
		['Viable Partnerships', 5, 0, 0],
		['Vulnerability Protection, "adults" and children', 12, 11, 91.7],
		['Value for Money', 2, null, -4.5]
	]
};

/** Reads a CSV back as a spreadsheet user's script would: comment lines skipped, numbers typed. */
const readBack = (csv: string) => Papa.parse<unknown[]>(csv, { comments: '#', skipEmptyLines: true, dynamicTyping: true }).data;

describe('a chart as CSV', () => {
	const csv = chartCsv({
		title: 'Aims evidenced, by theme',
		period: '2023/24',
		sources: ['Police and Crime Plan 2017-2021, 23 March 2017 (003_ac62d51adaa89b3d.txt): p. 12', 'Plan aims extract'],
		marking: 'OFFICIAL',
		figures
	});

	it('starts with the title, period, each source and the marking as comment lines', () => {
		expect(csv.split('\r\n').slice(0, 5)).toEqual([
			'# Title: Aims evidenced, by theme',
			'# Period: 2023/24',
			'# Source: Police and Crime Plan 2017-2021, 23 March 2017 (003_ac62d51adaa89b3d.txt): p. 12',
			'# Source: Plan aims extract',
			'# Protective marking: OFFICIAL'
		]);
	});

	it('gives back exactly the chart figures when read again, skipping the comments', () => {
		// A gap (null) comes back as an empty cell, which a typed reader gives as null.
		expect(readBack(csv)).toEqual([figures.header, ...figures.rows]);
	});

	it('escapes a formula planted in a label or a title', () => {
		const planted = chartCsv({
			title: 'Referrals,=HYPERLINK("http://evil.example","Click")',
			sources: [],
			marking: 'OFFICIAL',
			figures: {
				header: ['Service', 'Referrals'],
				rows: [
					['=HYPERLINK("http://evil.example","Click")', 12],
					['@SUM(A1)', 3]
				]
			}
		});
		expect(readBack(planted)).toEqual([
			['Service', 'Referrals'],
			['\'=HYPERLINK("http://evil.example","Click")', 12],
			["'@SUM(A1)", 3]
		]);
		// In the title, each piece a spreadsheet would split off at a comma is escaped too.
		expect(planted.split('\r\n')[0]).toBe(`# Title: Referrals,'=HYPERLINK("http://evil.example",'"Click")`);
	});

	it('suppresses small counts only in the columns named as counts, with the footnote', () => {
		const none = chartCsv({ title: 'Aims', sources: [], marking: 'OFFICIAL-SENSITIVE', figures, countColumns: ['Aims evidenced'] });
		// By hand: 'Aims evidenced' holds 6, 0, 11 and a gap: none from 1 to 4, so nothing changes and no footnote.
		expect(none.split('\r\n').slice(0, 3)).toEqual(['# Title: Aims', '# Protective marking: OFFICIAL-SENSITIVE', 'Theme,Aims,Aims evidenced,Share (%)']);
		expect(readBack(none)).toEqual([figures.header, ...figures.rows]);

		const small = chartCsv({ title: 'Aims', sources: [], marking: 'OFFICIAL', figures, countColumns: ['Aims'], threshold: 6 });
		expect(small.split('\r\n')[2]).toBe('# Note: [c] fewer than 6: suppressed to protect individuals');
		// By hand: Aims are 7, 5, 12, 2; below 6 are 5 and 2. Share (%) holds 0 to 91.7 and is never touched.
		expect(readBack(small)).toEqual([
			figures.header,
			['Victim Services', 7, 6, 85.7],
			['Viable Partnerships', '[c]', 0, 0],
			['Vulnerability Protection, "adults" and children', 12, 11, 91.7],
			['Value for Money', '[c]', null, -4.5]
		]);
	});

	it('adds notes, such as the illustrative sample label, after the marking', () => {
		const noted = chartCsv({ title: 'Referrals', sources: [], marking: 'OFFICIAL', figures, notes: ['Illustrative sample: not published figures'] });
		expect(noted.split('\r\n').slice(0, 3)).toEqual(['# Title: Referrals', '# Protective marking: OFFICIAL', '# Note: Illustrative sample: not published figures']);
	});

	it('keeps every comment on its own line, whatever the text holds', () => {
		expect(commentLine('Source', 'para 41,\r\nline 2, -3 and "quoted"')).toBe(`# Source: para 41, line 2,' -3 and "quoted"`);
	});

	it('names the file after the chart', () => {
		expect(exportFileName('Net budget requirement 2017/18, by line (£m)', 'csv')).toBe('net-budget-requirement-2017-18-by-line-m.csv');
		expect(exportFileName('£', 'png')).toBe('chart.png');
	});
});
