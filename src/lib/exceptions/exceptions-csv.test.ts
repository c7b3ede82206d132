import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { steadyNoise } from '$lib/spc/test-series';
import { judged, smallDrop, spike } from './exception-fixtures';
import { exceptionsCsv, exceptionsCsvHeader } from './exceptions-csv';
import { exceptionsReport } from './exceptions-report';
import { publishedFindings, publishedHeadline } from './published-findings';

const victims = judged('referrals', { id: 'referrals-victim-services', measure: 'Victim service referrals' }, spike);
const restorative = judged('referrals', { id: 'referrals-restorative-justice', measure: 'Restorative justice referrals' }, smallDrop);
const quiet = judged('referrals', { id: 'referrals-violence-reduction', measure: 'Violence reduction referrals' }, steadyNoise);
const meetings = judged('engagement', { id: 'engagement-meetings', measure: 'Public meetings' }, spike, { illustrative: true });
// The same small figures in a view that publishes every count (police.uk crimes).
const crime = judged('crime', { id: 'crime-arson', measure: 'Arson', improvement: 'lower' }, smallDrop);
const options = { period: '2023/24', area: 'Leicester, Leicestershire and Rutland', marking: 'OFFICIAL', threshold: 5, origin: 'https://scrutiny.example' };

/** The CSV's comment lines and its rows as objects by header. */
function read(csv: string) {
	const comments = csv.split('\r\n').filter((line) => line.startsWith('#'));
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true });
	return { comments, header: parsed.meta.fields, rows: parsed.data };
}

describe('the exceptions report as CSV', () => {
	it('has a header, the title, period, area, sources and marking as comment lines, and no byte-order mark of its own', () => {
		const csv = exceptionsCsv(exceptionsReport([victims, quiet, meetings]), options);
		expect(csv.charCodeAt(0)).not.toBe(0xfeff);
		const { comments, header } = read(csv);
		expect(header).toEqual([...exceptionsCsvHeader]);
		expect(comments).toContain('# Period: 2023/24');
		expect(comments).toContain('# Area: Leicester, Leicestershire and Rutland');
		expect(comments).toContain('# Protective marking: OFFICIAL');
		expect(comments.some((line) => line.startsWith('# Source: Illustrative sample'))).toBe(true);
		expect(comments).toContain('# Note: Illustrative sample: invented figures are never given a signal or a verdict');
	});

	it('gives a row per finding of each exception, then one for each quiet and each illustrative series, with its link', () => {
		const { rows } = read(exceptionsCsv(exceptionsReport([meetings, quiet, victims]), options));
		const byMeasure = (measure: string) => rows.filter((row) => row.Measure === measure);
		expect(rows.map((row) => row.Status)).toEqual([...victims.findings.map(() => 'Signal'), 'No signal', 'Illustrative sample: no signal given']);
		expect(byMeasure('Victim service referrals').map((row) => row.Finding)).toEqual(victims.findings);
		const [spikeRow] = byMeasure('Victim service referrals');
		expect(spikeRow?.['Plan theme']).toBe('Vulnerability Protection');
		expect(spikeRow?.Link).toBe('https://scrutiny.example/referrals');
		// The latest month (the thirteenth, January 2024: 102) and the limits, as figures.
		expect(spikeRow?.['Latest period']).toBe('January 2024');
		expect(spikeRow?.['Latest value']).toBe('102');
		expect(Number(spikeRow?.['Upper process limit'])).toBeCloseTo(victims.analysis.segments[0]!.limits!.upperProcessLimit, 2);
		expect(byMeasure('Public meetings')[0]?.Finding).toMatch(/^Illustrative sample/);
	});

	it('hides a small count of people as [c], in the figure and in the words, with the footnote, and no difference or % that gives it away', () => {
		const csv = exceptionsCsv(exceptionsReport([restorative, quiet]), options);
		const { comments, rows } = read(csv);
		const row = rows.find((candidate) => candidate.Measure === 'Restorative justice referrals');
		// January 2024's 2 is the latest month: below the threshold of 5.
		expect(row?.['Latest value']).toBe('[c]');
		expect(row?.Finding).toMatch(/^January 2024: \[c\], below the average of 8\.2, beyond the lower process limit/);
		const mean = restorative.analysis.segments[0]!.limits!.mean;
		expect(csv).not.toContain((mean - 2).toLocaleString('en-GB', { maximumFractionDigits: 1 }));
		expect(csv).not.toMatch(/−\d+(\.\d)?%/);
		expect(comments).toContain('# Note: [c] fewer than 5: suppressed to protect individuals');
	});

	it('publishes small counts where the view does (police.uk crimes), and everything with a threshold of 1', () => {
		expect(publishedFindings(crime, 5)).toEqual(crime.findings);
		expect(publishedFindings(restorative, 1)).toEqual(restorative.findings);
		expect(publishedFindings(restorative, undefined)).toEqual(restorative.findings);
		expect(publishedHeadline(restorative, 5)).toMatch(/^Restorative justice referrals: january 2024: \[c\], below/i);
		const { rows, comments } = read(exceptionsCsv(exceptionsReport([crime]), options));
		expect(rows[0]?.['Latest value']).toBe('2');
		expect(comments.some((line) => line.includes('[c]'))).toBe(false);
	});
});
