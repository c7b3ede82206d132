import { provenanceColumns, type DatasetContract } from './contract';

/** The services whose referrals the dashboard counts. */
export const referralServices: readonly string[] = ['victim services', 'child vulnerability', 'restorative justice', 'violence reduction'];

/**
 * Referrals by month, service and who made the referral: one row per
 * combination, with a zero where there were none, so a missing row never
 * stands for a zero. Published annual totals are not mixed in here: they are in
 * `published-referral-totals`, so a year's published figure is never summed
 * with the months.
 */
export const referrals: DatasetContract = {
	id: 'referrals',
	table: 'referrals',
	quality: { key: ['month', 'service', 'referral_source'], period: 'month', series: { column: 'month', step: 'month', by: ['service', 'referral_source'] } },
	title: 'Referrals by month',
	description:
		'Referrals each month to victim services, restorative justice and violence reduction, and the child-vulnerability referrals the police make to multi-agency partners, by who made the referral.',
	columns: [
		{
			name: 'month',
			type: 'month',
			description: 'The calendar month the referrals were received (made, for child vulnerability).',
			required: true,
			example: '2023-10',
			notAfterLoadDate: true
		},
		{
			name: 'service',
			type: 'text',
			description:
				'victim services: referrals to the commissioned victim service (Victim First); child vulnerability: referrals the police make to multi-agency partners to share concerns about children; restorative justice: referrals to the restorative justice service; violence reduction: referrals to Violence Reduction Network interventions.',
			required: true,
			allowed: referralServices,
			example: 'child vulnerability'
		},
		{
			name: 'referral_source',
			type: 'text',
			description: 'Who made the referral. For child vulnerability it is always the police, who refer concerns about children to partners.',
			required: true,
			allowed: ['police', 'self-referral', 'victim services', 'probation', 'health', 'education', 'local authority', 'other agency'],
			example: 'police'
		},
		{
			name: 'referrals',
			type: 'integer',
			unit: 'count',
			description: 'Referrals received in the month from that source (0 when none).',
			required: true,
			example: '1084',
			min: 0
		},
		...provenanceColumns
	]
};
