import { provenanceColumns, type ColumnContract, type DatasetContract } from './contract';

/** The LLR custody suites: three primary suites and the standby suite at Wigston. */
export const custodySuites: readonly string[] = ['Beaumont Leys', 'Euston Street', 'Keyham Lane', 'Wigston'];

/** primary: open all the time, to be visited every week; standby: opened when needed. */
export const suiteRoles: readonly string[] = ['primary', 'standby'];

/** The columns a visitor records only on a completed visit: blank on a missed one (the times and every count). */
export const completedVisitOnly: readonly string[] = [
	'arrival_time',
	'departure_time',
	'detainees_held',
	'detainees_offered',
	'detainees_seen',
	'detainees_declined',
	'issues_rights_entitlements',
	'issues_health_wellbeing',
	'issues_conditions_facilities'
];

/** A count of detainees or issues recorded on a completed visit. */
function visitCount(name: string, description: string, example: string): ColumnContract {
	return {
		name,
		type: 'integer',
		unit: 'count',
		description: `${description} Blank when the visit was not completed.`,
		required: false,
		example,
		min: 0
	};
}

/** A time of day as HH:MM on the 24-hour clock. */
function timeOfDay(name: string, description: string, example: string): ColumnContract {
	return {
		name,
		type: 'text',
		description: `${description} As HH:MM on the 24-hour clock, UK local time (e.g. ${example}); blank when the visit was not completed.`,
		required: false,
		example
	};
}

/**
 * Independent Custody Visiting: one row per visit to a custody suite by a pair
 * of volunteer visitors, the form they complete at the end of it, reduced to
 * counts. There is no detainee identifier and no free text, so nothing in the
 * extract can identify a person.
 *
 * A visit on the rota has `scheduled` true; one made in addition (after a
 * concern, or to replace a missed one) has it false. A scheduled visit that
 * did not happen is kept with `completed` false and its times and counts blank,
 * so scheduled-visit completion can be measured. The plan's standard (each
 * primary suite visited at least once a week) is measured against
 * `custody-suite-weeks`, which says which weeks the standby suite was open.
 *
 * Counts on a completed visit satisfy: seen ≤ offered ≤ held, and
 * seen + declined ≤ offered (the rest were unavailable when the visitors came
 * round). Detainees held but not offered a visit were asleep, in interview,
 * unfit or unsafe to see.
 */
export const custodyVisits: DatasetContract = {
	id: 'custody-visits',
	table: 'custody_visits',
	quality: { key: ['visit_id'], period: 'visit_date' },
	title: 'Custody visits',
	description:
		'Each independent custody visit to an LLR custody suite: when, whether it was on the rota and completed, how many detainees were held, offered a visit, seen and declined, and the issues raised under the three areas visitors check.',
	columns: [
		{
			name: 'visit_id',
			type: 'text',
			description: 'Reference of the visit, unique in the extract.',
			required: true,
			example: 'ICV-0001'
		},
		{
			name: 'suite',
			type: 'text',
			description: 'The custody suite visited. Wigston is the standby suite.',
			required: true,
			allowed: custodySuites,
			example: 'Euston Street'
		},
		{
			name: 'suite_role',
			type: 'text',
			description: 'primary: a suite open all the time, to be visited at least once a week; standby: a suite opened when needed, to be visited only when open.',
			required: true,
			allowed: suiteRoles,
			example: 'primary'
		},
		{
			name: 'visit_date',
			type: 'date',
			description: 'The day of the visit (or of the scheduled visit that did not happen).',
			required: true,
			example: '2023-10-12',
			notAfterLoadDate: true
		},
		timeOfDay('arrival_time', 'When the visitors arrived at the suite.', '19:05'),
		timeOfDay('departure_time', 'When the visitors left the suite, the same day.', '20:40'),
		{
			name: 'scheduled',
			type: 'boolean',
			description: 'true when the visit was on the visiting rota; false for a visit made in addition to the rota.',
			required: true,
			example: 'true'
		},
		{
			name: 'completed',
			type: 'boolean',
			description: 'true when the visit took place; false when a scheduled visit did not.',
			required: true,
			example: 'true'
		},
		visitCount('detainees_held', 'Detainees in the suite when the visitors arrived.', '11'),
		visitCount('detainees_offered', 'Detainees the visitors were able to offer a visit to (no more than were held).', '9'),
		visitCount('detainees_seen', 'Detainees who accepted and were seen (no more than were offered).', '7'),
		visitCount('detainees_declined', 'Detainees who were offered a visit and declined it.', '2'),
		visitCount('issues_rights_entitlements', 'Issues raised about rights and entitlements (e.g. access to legal advice, the PACE codes).', '0'),
		visitCount('issues_health_wellbeing', 'Issues raised about health and wellbeing (e.g. medication, food and drink).', '1'),
		visitCount('issues_conditions_facilities', 'Issues raised about the conditions of detention and facilities (e.g. cleanliness, temperature, blankets).', '0'),
		...provenanceColumns
	],
	rules: [
		{ rule: 'not-greater', left: ['detainees_offered'], right: 'detainees_held', why: 'visitors can offer a visit only to detainees held' },
		{ rule: 'not-greater', left: ['detainees_seen'], right: 'detainees_offered', why: 'a detainee is seen only after accepting the offer of a visit' },
		{ rule: 'not-greater', left: ['detainees_seen', 'detainees_declined'], right: 'detainees_offered', why: 'each detainee offered a visit is seen, declines, or was unavailable' }
	]
};
