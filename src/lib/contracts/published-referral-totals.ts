import { provenanceColumns, type DatasetContract } from './contract';
import { referralServices } from './referrals';

/**
 * Referral totals as the OPCC papers print them, for a whole period (usually
 * a year), kept apart from the monthly `referrals` so that a published total is
 * never summed with, or mistaken for, months. Each row is one printed statement
 * of a figure; two rows may state the same figure in different words (13,250
 * and "over 13,000" are the same year's child-vulnerability referrals), so
 * rows are shown side by side and never added together.
 */
export const publishedReferralTotals: DatasetContract = {
	id: 'published-referral-totals',
	table: 'published_referral_totals',
	quality: {},
	title: 'Published referral totals',
	description: 'Referral totals for a whole period as printed in the OPCC papers, with the wording and the period as the paper gives them.',
	columns: [
		{
			name: 'period_label',
			type: 'text',
			description: 'The period as the paper describes it.',
			required: true,
			example: "'last year', in the draft Police and Crime Plan 2017-21"
		},
		{
			name: 'period_start',
			type: 'date',
			description: 'First day of the period; blank when the paper does not give dates.',
			required: false,
			example: '2016-01-01'
		},
		{
			name: 'period_end',
			type: 'date',
			description: 'Last day of the period; blank when the paper does not give dates.',
			required: false,
			example: '2016-12-31'
		},
		{
			name: 'service',
			type: 'text',
			description: 'The service the referrals are to (see the referrals dataset for what each means).',
			required: true,
			allowed: referralServices,
			example: 'child vulnerability'
		},
		{
			name: 'referrals',
			type: 'integer',
			unit: 'count',
			description: 'The figure as printed.',
			required: true,
			example: '13250',
			min: 0
		},
		{
			name: 'qualifier',
			type: 'text',
			description: 'exactly: the paper gives the figure itself; more than: the paper says "over" the figure.',
			required: true,
			allowed: ['exactly', 'more than'],
			example: 'exactly'
		},
		{
			name: 'wording',
			type: 'text',
			description: 'The sentence the figure is printed in, verbatim.',
			required: true,
			example: 'the figure of 13,250 referrals given at point 49.b of the Plan'
		},
		...provenanceColumns
	],
	rules: [{ rule: 'not-greater', left: ['period_start'], right: 'period_end', why: 'a period starts no later than it ends' }]
};
