import type { DatasetContract } from '../contract';

/** The decision log of each meeting, as printed for the record. */
export const decisions: DatasetContract = {
	id: 'decisions',
	table: 'decisions',
	quality: { key: ['decision_id'], period: 'decision_date' },
	title: 'Decisions',
	description: 'Each decision taken at a meeting: what was decided, by whom and when.',
	columns: [
		{
			name: 'decision_id',
			type: 'text',
			description: 'Short stable id of the decision.',
			required: true,
			example: 'd-93e2aa'
		},
		{
			name: 'meeting_id',
			type: 'text',
			description: 'The meeting at which it was taken (a meeting_id in meetings).',
			required: true,
			example: 'm-2026-03-12'
		},
		{
			name: 'decision',
			type: 'text',
			description: 'What was decided, in the words of the decision log.',
			required: true,
			example: 'Custody visiting to be reported by suite at every board from May.'
		},
		{
			name: 'decided_by',
			type: 'text',
			description: 'Who took the decision, e.g. Police and Crime Commissioner.',
			required: true,
			example: 'Police and Crime Commissioner'
		},
		{
			name: 'decision_date',
			type: 'date',
			description: 'When it was taken.',
			required: true,
			example: '2026-03-12'
		}
	]
};
