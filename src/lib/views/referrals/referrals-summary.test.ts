import { describe, expect, it } from 'vitest';
import type { PublishedReferralTotal, ReferralMonth } from './referrals';
import { referralSeries } from './referrals-series';
import { citationText } from '$lib/sources/citation-text';
import { referralsSummary } from './referrals-summary';

const row = (service: string, month: string, referrals: number, rolling_average: number | null, last_year: number | null): ReferralMonth => ({
	service,
	month,
	referrals,
	rolling_average,
	last_year,
	illustrative: true
});
const published = (referrals: number, qualifier: 'exactly' | 'more than', source_document: string, source_ref: string): PublishedReferralTotal => ({
	period_label: 'a year',
	period_start: null,
	period_end: null,
	service: 'child vulnerability',
	referrals,
	qualifier,
	wording: '',
	source_document,
	source_ref,
	illustrative: false
});

// Child vulnerability: 1,000 + 1,100 = 2,100; March: 3-month average 1,050, last year 1,000 → +100, +10%.
// Restorative justice: 6 + 8 = 14; March has no average and last year 5 (too few for a %).
const months = [
	row('child vulnerability', '2023-02', 1000, null, 900),
	row('child vulnerability', '2023-03', 1100, 1050, 1000),
	row('restorative justice', '2023-02', 6, null, null),
	row('restorative justice', '2023-03', 8, null, 5)
];
const totals = [
	published(13250, 'exactly', 'plan-response-2017', 'recommendation 10'),
	published(13000, 'more than', 'police-and-crime-plan-2017', 'Vulnerability Protection section')
];
// Cited as the paper is: its title and date from the source register, then the place in it.
const response = `${citationText({ source_document: 'plan-response-2017', source_ref: 'recommendation 10' })}`;
const plan = `${citationText({ source_document: 'police-and-crime-plan-2017', source_ref: 'Vulnerability Protection section' })}`;

describe('referralsSummary', () => {
	it('gives the sample by service, each latest month, and the published figures apart', () => {
		expect(referralsSummary(referralSeries(months), totals, '2022/23', null)).toBe(
			'The monthly figures are an illustrative sample, not published figures. ' +
				'For 2022/23 across Leicester, Leicestershire and Rutland, they show 2,114 referrals: child vulnerability 2,100 and restorative justice 14. ' +
				'In March 2023, child vulnerability had 1,100 referrals (3-month average 1,050); against the same month last year: 1,000 → 1,100, +100, +10%. ' +
				'In March 2023, restorative justice had 8 referrals; against the same month last year: 5 → 8, +3, too few to give a %. ' +
				`Published separately in the papers (their dates are not given, so the period filter does not apply): 13,250 child vulnerability referrals (${response}) and over 13,000 child vulnerability referrals (${plan}). ` +
				"These are the papers' own figures and are not added to the monthly figures."
		);
	});

	it('cites a published figure by its paper and the place in it, never by the id the source register gives it', () => {
		const text = referralsSummary(referralSeries(months), totals, '2022/23', null);
		expect(text).toContain("13,250 child vulnerability referrals (Response to the Police and Crime Panel's recommendations on the Police and Crime Plan 2017-2021");
		expect(text).toContain('recommendation 10)');
		expect(text).not.toMatch(/plan-response-2017|police-and-crime-plan-2017/);
	});

	it('gives a latest month below the threshold as [c], with no comparison that would give it away', () => {
		// Threshold 10: restorative justice's March 8 is hidden, so its 5 → 8 is not given; child vulnerability's stay.
		const text = referralsSummary(referralSeries(months), [], '2022/23', null, 10);
		expect(text).toContain('In March 2023, restorative justice had [c] referrals; no comparison with the same month last year, as a count below 10 is not given.');
		expect(text).toContain('In March 2023, child vulnerability had 1,100 referrals (3-month average 1,050); against the same month last year: 1,000 → 1,100');
	});

	it('says plainly that an area is not recorded', () => {
		const text = referralsSummary(referralSeries(months), [], '2022/23', 'Melton');
		expect(text).toContain('(referrals are not recorded by area, so these are not figures for Melton)');
		expect(text).not.toContain('Published separately');
	});

	it('names a single service once, and says when last year is not held', () => {
		const text = referralsSummary(referralSeries(months.slice(2, 3)), [], 'February 2023', null);
		expect(text).toBe(
			'The monthly figures are an illustrative sample, not published figures. ' +
				'For February 2023 across Leicester, Leicestershire and Rutland, they show 6 restorative justice referrals. ' +
				'In February 2023, restorative justice had 6 referrals; no figure for the same month last year.'
		);
	});

	it('says when no months are held', () => {
		expect(referralsSummary([], totals.slice(0, 1), '2019/20', null)).toBe(
			`No monthly referrals are held for 2019/20. Published separately in the papers (their dates are not given, so the period filter does not apply): 13,250 child vulnerability referrals (${response}). ` +
				"These are the papers' own figures and are not added to the monthly figures."
		);
	});
});
