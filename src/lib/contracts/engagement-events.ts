import { areas } from '$lib/filters/areas';
import { provenanceColumns, type DatasetContract } from './contract';

/**
 * The nine local authority areas of Leicester, Leicestershire and Rutland (the
 * dashboard's "area" dimension), plus "LLR-wide" for an item the paper gives no
 * place for, or that covers the whole force area.
 */
export const llrAreas: readonly string[] = [...areas, 'LLR-wide'];

/**
 * Counted items of engagement by the Commissioner, the Deputy or the office,
 * transcribed from the Commissioner's reports to the Police and Crime Panel.
 *
 * One row is one count the paper gives ("Attended 28 meetings with partners")
 * or one event it names without a count (then `count` is 1). When a paper says
 * an activity happened but gives no number ("a number of business crime round
 * tables") the row is kept with `count` blank, so the activity is on record and
 * no number is guessed.
 *
 * The papers count the same activity more than once: the 100-days report's
 * summary list (para 41) sits beside counts in other paragraphs (12 meetings
 * with local authorities, 3 APCC meetings, ...) that may be among the 28
 * partner meetings. Those rows have `may_overlap` true; a total that must not
 * double count sums only the rows where it is false.
 */
export const engagementEvents: DatasetContract = {
	id: 'engagement-events',
	table: 'engagement_events',
	quality: { period: 'period_start' },
	title: 'Engagement events',
	description:
		'Meetings, visits, correspondence and press work of the Commissioner, the Deputy Commissioner and the office, counted as the Commissioner reported them to the Police and Crime Panel, by period, type and area.',
	columns: [
		{
			name: 'period_start',
			type: 'date',
			description: 'First day of the period the count covers: the reporting period, or the day itself when the paper dates the event.',
			required: true,
			example: '2023-10-01'
		},
		{
			name: 'period_end',
			type: 'date',
			description: 'Last day of the period the count covers (the same as period_start for a dated event).',
			required: true,
			example: '2023-11-30'
		},
		{
			name: 'engagement_type',
			type: 'text',
			description:
				'What kind of engagement was counted. "partner meeting", "public meeting", "correspondence", "press statement" and "press column" are the 100-days report\'s own headings; "community Thursday", "patch walk" and "roundtable" are the 2023 update\'s; "community visit" is a visit to a town or district; "community event" is an event attended or hosted; "service visit" is a visit to a service or project; "broadcast interview" and "parliamentary speech" are media and parliamentary work.',
			required: true,
			allowed: [
				'partner meeting',
				'public meeting',
				'correspondence',
				'press statement',
				'press column',
				'local authority meeting',
				'APCC meeting',
				'panel meeting',
				'partnership board',
				'stakeholder meeting',
				'community Thursday',
				'patch walk',
				'roundtable',
				'community visit',
				'community event',
				'youth engagement',
				'service visit',
				'broadcast interview',
				'parliamentary speech'
			],
			example: 'public meeting'
		},
		{
			name: 'district',
			type: 'text',
			description:
				'The local authority area where it took place, worked out from the place the paper names; "LLR-wide" when the paper names no place in LLR or the item covers the whole area.',
			required: true,
			allowed: llrAreas,
			example: 'North West Leicestershire'
		},
		{
			name: 'place',
			type: 'text',
			description: 'The town, ward or venue as the paper names it; blank when it names none.',
			required: false,
			example: 'Whitwick'
		},
		{
			name: 'led_by',
			type: 'text',
			description:
				'Who the paper says took part: the Commissioner (PCC), the Deputy Commissioner (Deputy PCC), either of them when the paper does not say which ("PCC or Deputy PCC"), or the office (OPCC).',
			required: true,
			allowed: ['PCC', 'Deputy PCC', 'PCC or Deputy PCC', 'OPCC'],
			example: 'PCC'
		},
		{
			name: 'count',
			type: 'integer',
			unit: 'count',
			description: 'How many, as the paper gives it; 1 for an event the paper names without a number; blank when the paper reports the activity but gives no number.',
			required: false,
			example: '28',
			min: 0
		},
		{
			name: 'may_overlap',
			type: 'boolean',
			description:
				"true when the same meetings may also be counted in another row (a count mentioned outside the paper's own summary list); sum only rows with false for a total without double counting.",
			required: true,
			example: 'false'
		},
		{
			name: 'description',
			type: 'text',
			description: 'What the paper says was done, briefly and in its own words where possible.',
			required: true,
			example: 'Attended 28 meetings with partners'
		},
		...provenanceColumns
	],
	rules: [{ rule: 'not-greater', left: ['period_start'], right: 'period_end', why: 'a period starts no later than it ends' }]
};
