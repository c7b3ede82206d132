import { provenanceColumns, type DatasetContract } from './contract';
import { llrAreas } from './engagement-events';
import { saferStreetsBids } from './safer-streets';

/**
 * The Safer Streets (Round 5) award in three levels, each a row, so that each
 * level can be checked against the one above it (as budget-split does):
 *
 * - one `total` row: the whole award over both funding years, 2023/24 and
 *   2024/25 (£960,591.34, 002 para 16); `bid` and `intervention` blank;
 * - one `bid` row per bid: its published award (002 para 17 a-c); `intervention`
 *   blank;
 * - one `intervention` row per intervention the bid lists (002 para 17, and the
 *   two fixed-term posts of para 18). The paper does not publish these amounts,
 *   so they are an illustrative split of the bid's award, marked illustrative,
 *   and sum to the bid award to the penny.
 *
 * Interventions reconcile to their bid, bids to the total, and the quarterly
 * allocations in `safer-streets` to each intervention's award.
 */
export const saferStreetsAwards: DatasetContract = {
	id: 'safer-streets-awards',
	table: 'safer_streets_awards',
	quality: { key: ['row_type', 'bid', 'intervention'] },
	title: 'Safer Streets awards',
	description:
		'The Safer Streets award for 2023/24 and 2024/25: the total, each of the three bids, and each intervention within a bid, so that each level can be reconciled to the one above.',
	columns: [
		{
			name: 'row_type',
			type: 'text',
			description: 'total: the whole award; bid: one bid, part of the total; intervention: one intervention, part of its bid.',
			required: true,
			allowed: ['total', 'bid', 'intervention'],
			example: 'bid'
		},
		{
			name: 'bid',
			type: 'text',
			description: 'The bid (see safer-streets); blank on the total row.',
			required: false,
			allowed: saferStreetsBids,
			example: 'VAWG'
		},
		{
			name: 'intervention',
			type: 'text',
			description: 'The intervention, as named in safer-streets; blank on the total and bid rows.',
			required: false,
			example: 'Bystander programme'
		},
		{
			name: 'district',
			type: 'text',
			description: 'The area the bid or intervention serves; LLR-wide for the total, the VAWG bid and shared posts.',
			required: true,
			allowed: llrAreas,
			example: 'LLR-wide'
		},
		{
			name: 'award_gbp',
			type: 'decimal',
			unit: '£',
			description: 'The award over both funding years, in pounds.',
			required: true,
			decimalPlaces: 2,
			example: '315568.00',
			min: 0
		},
		{
			name: 'display_order',
			type: 'integer',
			description: 'Order of the row in a table: the total, then each bid followed by its interventions.',
			required: true,
			example: '1',
			min: 1
		},
		...provenanceColumns
	]
};
