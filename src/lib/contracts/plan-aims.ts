import { provenanceColumns, type DatasetContract } from './contract';

/** The five themes of the Police and Crime Plan 2017-2021, "the five Vs", in the plan's order. */
export const planThemes: readonly string[] = ['Viable Partnerships', 'Visible Policing', 'Victim Services', 'Vulnerability Protection', 'Value for Money'];

/**
 * The aims of the Police and Crime Plan 2017-2021: each "My aim is to:"
 * bullet of each of its five themes, verbatim, with a short id every measure
 * is tied to. Ids use a prefix per theme, since two themes share the initials
 * VP: VP Viable Partnerships, VIS Visible Policing, VS Victim Services,
 * VUL Vulnerability Protection, VFM Value for Money; then the bullet's
 * number in the plan.
 */
export const planAims: DatasetContract = {
	id: 'plan-aims',
	table: 'plan_aims',
	quality: { key: ['aim_id'] },
	title: 'Police and Crime Plan aims',
	description: 'Each aim of the Police and Crime Plan 2017-2021, under its theme, in the words of the plan, with the id measures are linked to.',
	columns: [
		{
			name: 'theme',
			type: 'text',
			description: 'The plan theme ("V") the aim is under.',
			required: true,
			allowed: planThemes,
			example: 'Viable Partnerships'
		},
		{
			name: 'aim_id',
			type: 'text',
			description: 'Short id of the aim, unique: theme prefix (VP, VIS, VS, VUL, VFM) and the bullet number under "My aim is to:".',
			required: true,
			example: 'VP1'
		},
		{
			name: 'aim_text',
			type: 'text',
			description: 'The bullet as printed in the plan, completing "My aim is to:".',
			required: true,
			example:
				'Enhance the network of partners with whom my office and I engage to capture the views of more individuals and local groups. This will give me a broader and more representative range of opinions.'
		},
		{
			name: 'display_order',
			type: 'integer',
			description: 'Order of the aim in the plan, counting through all five themes.',
			required: true,
			example: '1'
		},
		...provenanceColumns
	]
};
