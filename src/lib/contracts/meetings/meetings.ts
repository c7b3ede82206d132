import type { DatasetContract } from '../contract';

/**
 * Meetings at which the Commissioner holds the Chief Constable to account, or
 * the Panel scrutinises the Commissioner. Rows are records the OPCC keeps, not
 * published figures, so this and the other meetings datasets carry no
 * provenance columns: each row says which meeting it was recorded at instead.
 */
export const meetings: DatasetContract = {
	id: 'meetings',
	table: 'meetings',
	quality: { key: ['meeting_id'], period: 'meeting_date' },
	title: 'Meetings',
	description: 'Each Police and Crime Panel meeting or accountability board the performance figures are prepared for: its name, type, date and whether it has been held.',
	columns: [
		{
			name: 'meeting_id',
			type: 'text',
			description: 'Short stable id of the meeting; agenda items, actions and decisions name it.',
			required: true,
			example: 'm-2026-03-12'
		},
		{
			name: 'meeting_name',
			type: 'text',
			description: 'The meeting as its papers name it.',
			required: true,
			example: 'Strategic Assurance Board'
		},
		{
			name: 'meeting_type',
			type: 'text',
			description:
				'Panel: the Police and Crime Panel scrutinising the Commissioner. Accountability board: the Commissioner holding the Chief Constable to account. Other: any other meeting.',
			required: true,
			allowed: ['Panel', 'accountability board', 'other'],
			example: 'accountability board'
		},
		{
			name: 'meeting_date',
			type: 'date',
			description: 'The day the meeting is or was held. Actions are judged overdue against this date, not today.',
			required: true,
			example: '2026-03-12'
		},
		{
			name: 'status',
			type: 'text',
			description: 'Planned: not yet held. Held: the meeting has taken place.',
			required: true,
			allowed: ['planned', 'held'],
			example: 'planned'
		}
	]
};
