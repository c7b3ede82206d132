import { provenanceColumns, type DatasetContract } from './contract';

/**
 * Which plan aim each dashboard measure evidences, and the target it is judged
 * against where one has been set. One row per measure and aim: a measure that
 * evidences two aims has two rows, with the same name, view and target.
 *
 * The Panel asked how the Commissioner's performance could be judged "when no
 * specific targets have been included" (001); the plan sets few. So a target is
 * optional: `target`, `target_direction` and `target_source` are all blank when
 * none has been set, and all filled when one has. The provenance columns cite
 * the aim the row links to (the plan); `target_source` cites the target;
 * `rationale` says why the measure evidences the aim. The links are the
 * dashboard's judgement, not a published table, and are marked illustrative
 * false because nothing in them is a generated figure.
 */
export const measureAims: DatasetContract = {
	id: 'measure-aims',
	table: 'measure_aims',
	quality: { key: ['measure_id', 'aim_id'] },
	title: 'Measures and the aims they evidence',
	description: 'Each dashboard measure, the view it is shown on, the Police and Crime Plan aim it evidences and why, and its target where one is set.',
	columns: [
		{
			name: 'measure_id',
			type: 'text',
			description: 'Short stable id of the measure.',
			required: true,
			example: 'icv-compliance'
		},
		{
			name: 'measure_name',
			type: 'text',
			description: 'The measure as the dashboard names it.',
			required: true,
			example: 'Primary custody suite-weeks with at least one completed visit'
		},
		{
			name: 'view_path',
			type: 'text',
			description: 'The dashboard view the measure is shown on.',
			required: true,
			allowed: ['/budget', '/engagement', '/custody-visiting', '/referrals', '/safer-streets'],
			example: '/custody-visiting'
		},
		{
			name: 'aim_id',
			type: 'text',
			description: 'The aim the measure evidences (an aim_id in plan-aims).',
			required: true,
			example: 'VP4'
		},
		{
			name: 'target',
			type: 'decimal',
			description: 'The target value, in target_unit; blank when no target has been set.',
			required: false,
			decimalPlaces: 2,
			example: '100'
		},
		{
			name: 'target_direction',
			type: 'text',
			description: 'Whether the measure should be at least or at most the target; blank when there is no target.',
			required: false,
			allowed: ['at least', 'at most'],
			example: 'at least'
		},
		{
			name: 'target_unit',
			type: 'text',
			description: "The measure's unit, e.g. %, count, £.",
			required: true,
			example: '%'
		},
		{
			name: 'target_source',
			type: 'text',
			description: 'Where the target is set: the source register id, then the paragraph or section and its words; blank when there is no target.',
			required: false,
			example: 'police-and-crime-plan-2017, Viable Partnerships section, Independent Custody Visitors'
		},
		{
			name: 'rationale',
			type: 'text',
			description: 'Why the measure evidences the aim.',
			required: true,
			example: 'The plan states the visiting standard in the Viable Partnerships section.'
		},
		...provenanceColumns
	]
};
