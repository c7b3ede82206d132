import type { DatasetContract } from '../contract';

/** Dated progress notes on an action, kept in the order they were given. */
export const actionUpdates: DatasetContract = {
	id: 'action-updates',
	table: 'action_updates',
	quality: { key: ['update_id'], period: 'update_date' },
	title: 'Action updates',
	description: 'Dated progress reported on each action, including when it was carried forward from one meeting to the next.',
	columns: [
		{
			name: 'update_id',
			type: 'text',
			description: 'Short stable id of the update.',
			required: true,
			example: 'u-0b7d41'
		},
		{
			name: 'action_id',
			type: 'text',
			description: 'The action it reports on (an action_id in actions).',
			required: true,
			example: 'a-51c09e'
		},
		{
			name: 'update_date',
			type: 'date',
			description: 'When the progress was reported.',
			required: true,
			example: '2026-04-15'
		},
		{
			name: 'update',
			type: 'text',
			description: 'What was reported, in words.',
			required: true,
			example: 'Suite-level figures requested from the custody manager; due by the end of April.'
		}
	]
};
