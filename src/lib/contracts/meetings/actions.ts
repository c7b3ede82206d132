import type { DatasetContract } from '../contract';

/** The statuses an action moves through, in the words OPCC action logs use. */
export const actionStatuses = ['open', 'done', 'closed by the Commissioner', 'carried forward'] as const;

/** The actions log: what was asked of whom, at which meeting, by when, and where it stands. */
export const actions: DatasetContract = {
	id: 'actions',
	table: 'actions',
	quality: { key: ['action_id'], period: 'due_date' },
	title: 'Actions log',
	description:
		'Each action raised at a meeting: what is to be done, by whom, by when, the measure or view it concerns, and its status. Open actions carry forward to the next meeting until the Commissioner closes them.',
	columns: [
		{
			name: 'action_id',
			type: 'text',
			description: 'Short stable id of the action; updates name it.',
			required: true,
			example: 'a-51c09e'
		},
		{
			name: 'action',
			type: 'text',
			description: 'What is to be done, in the words of the minutes.',
			required: true,
			example: 'Report why detainees declined a custody visit, by suite.'
		},
		{
			name: 'owner',
			type: 'text',
			description: 'The role that owns the action, e.g. Chief Constable, ACC Local Policing, OPCC Chief Executive.',
			required: true,
			example: 'Chief Constable'
		},
		{
			name: 'raised_at',
			type: 'text',
			description: 'The meeting that raised the action (a meeting_id in meetings).',
			required: true,
			example: 'm-2026-03-12'
		},
		{
			name: 'on_log_of',
			type: 'text',
			description: 'The meeting whose action log it is on now (a meeting_id): the meeting that raised it, or the latest meeting it was carried forward to.',
			required: true,
			example: 'm-2026-05-07'
		},
		{
			name: 'measure_id',
			type: 'text',
			description: 'The measure it concerns (a measure_id in measure-aims); blank when it concerns a whole view or neither.',
			required: false,
			example: 'icv-detainees-seen'
		},
		{
			name: 'view_path',
			type: 'text',
			description: "The view it concerns, e.g. /custody-visiting (the measure's view when a measure is given); blank when none.",
			required: false,
			example: '/custody-visiting'
		},
		{
			name: 'due_date',
			type: 'date',
			description: 'When it is due. It is overdue at a meeting held after this date while it is still open.',
			required: true,
			example: '2026-04-30'
		},
		{
			name: 'status',
			type: 'text',
			description:
				'Open: raised and not yet done. Done: the owner reports it done. Closed by the Commissioner: the Commissioner is satisfied and it leaves the log. Carried forward: still open, moved to a later meeting.',
			required: true,
			allowed: actionStatuses,
			example: 'open'
		},
		{
			name: 'closed_on',
			type: 'date',
			description: 'The date of the meeting at which it was marked done or closed; blank while it is open or carried forward.',
			required: false,
			example: '2026-05-07'
		}
	]
};
