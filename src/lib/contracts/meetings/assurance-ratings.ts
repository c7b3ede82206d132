import type { DatasetContract } from '../contract';

/** The Commissioner's assurance rating per agenda item, with the reason in words. */
export const assuranceRatings: DatasetContract = {
	id: 'assurance-ratings',
	table: 'assurance_ratings',
	quality: { key: ['item_id'], period: 'rated_on' },
	title: 'Assurance ratings',
	description: 'How assured the Commissioner was by what was said on each agenda item (Assured, Partly assured or Not assured), why, and when it was recorded.',
	columns: [
		{
			name: 'item_id',
			type: 'text',
			description: 'The agenda item rated (an item_id in agenda-items); one rating per item.',
			required: true,
			example: 'i-7f3a2c'
		},
		{
			name: 'rating',
			type: 'text',
			description: 'How assured the Commissioner was.',
			required: true,
			allowed: ['Assured', 'Partly assured', 'Not assured'],
			example: 'Partly assured'
		},
		{
			name: 'reason',
			type: 'text',
			description: 'Why, in words: what was asked, what was answered, what is still missing.',
			required: true,
			example: 'Visits met the standard, but the force could not yet say why detainees declined them.'
		},
		{
			name: 'rated_on',
			type: 'date',
			description: 'When the rating was recorded: at the meeting or after it.',
			required: true,
			example: '2026-03-12'
		}
	]
};
