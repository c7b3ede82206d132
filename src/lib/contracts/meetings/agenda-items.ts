import type { DatasetContract } from '../contract';

/** The topics on a meeting's agenda, each tied to the measures and views whose figures it discusses. */
export const agendaItems: DatasetContract = {
	id: 'agenda-items',
	table: 'agenda_items',
	quality: { key: ['item_id'] },
	title: 'Agenda items',
	description: "Each performance topic on a meeting's agenda, in agenda order, with the measures and views it discusses and the period their figures cover.",
	columns: [
		{
			name: 'item_id',
			type: 'text',
			description: 'Short stable id of the agenda item; assurance ratings name it.',
			required: true,
			example: 'i-7f3a2c'
		},
		{
			name: 'meeting_id',
			type: 'text',
			description: 'The meeting whose agenda holds the item (a meeting_id in meetings).',
			required: true,
			example: 'm-2026-03-12'
		},
		{
			name: 'item_number',
			type: 'integer',
			description: 'Its place on the agenda: 1 is taken first.',
			required: true,
			example: '1'
		},
		{
			name: 'topic',
			type: 'text',
			description: 'The topic in the words of the agenda.',
			required: true,
			example: 'Custody visiting: visits against the weekly standard'
		},
		{
			name: 'measure_ids',
			type: 'text',
			description: 'The measures discussed (measure_id in measure-aims), separated by semicolons; blank when the item is about a whole view.',
			required: false,
			example: 'icv-compliance; icv-scheduled-completion'
		},
		{
			name: 'view_paths',
			type: 'text',
			description: 'The dashboard views discussed, e.g. /custody-visiting, separated by semicolons.',
			required: true,
			example: '/custody-visiting'
		},
		{
			name: 'period',
			type: 'text',
			description: 'The period the figures cover, as the dashboard writes it in a link: a financial year (2025/26), a quarter (2025/26-Q3) or a month (2025-12).',
			required: true,
			example: '2025/26-Q3'
		}
	]
};
