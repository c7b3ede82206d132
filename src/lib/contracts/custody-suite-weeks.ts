import { provenanceColumns, type DatasetContract } from './contract';
import { custodySuites, suiteRoles } from './custody-visits';

/**
 * Which custody suites were open in which week: the denominator of the
 * visiting standard. One row per suite per week (Monday to Sunday). A primary
 * suite is open every week; the standby suite at Wigston only in the weeks it
 * was opened, and only those weeks count when measuring whether each open
 * suite had at least one completed visit a week.
 */
export const custodySuiteWeeks: DatasetContract = {
	id: 'custody-suite-weeks',
	table: 'custody_suite_weeks',
	quality: { key: ['suite', 'week_start'], period: 'week_start', series: { column: 'week_start', step: 'week', by: ['suite'] } },
	title: 'Custody suite weeks',
	description: 'Each custody suite in each week, with whether it was open: the weeks in which the plan expects at least one independent custody visit.',
	columns: [
		{
			name: 'suite',
			type: 'text',
			description: 'The custody suite. Wigston is the standby suite.',
			required: true,
			allowed: custodySuites,
			example: 'Keyham Lane'
		},
		{
			name: 'suite_role',
			type: 'text',
			description: 'primary: open all the time; standby: opened when needed.',
			required: true,
			allowed: suiteRoles,
			example: 'primary'
		},
		{
			name: 'week_start',
			type: 'date',
			description: 'The Monday the week starts on; the week runs to the Sunday after. A week belongs to the financial year of its Monday.',
			required: true,
			example: '2023-10-02'
		},
		{
			name: 'open',
			type: 'boolean',
			description: 'true when the suite was open to detainees at some time in the week, so a visit was expected.',
			required: true,
			example: 'true'
		},
		...provenanceColumns
	]
};
