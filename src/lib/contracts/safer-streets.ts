import { provenanceColumns, type DatasetContract } from './contract';
import { llrAreas } from './engagement-events';

/**
 * The three Safer Streets (Round 5) bids, named as in the Commissioner's
 * Update of 13 December 2023, para 17: Proposal 1 VAWG, Proposal 2 ASB in
 * Melton, Proposal 3 Neighbourhood Crime in Oadby and Wigston.
 */
export const saferStreetsBids: readonly string[] = ['VAWG', 'ASB Melton', 'Neighbourhood Crime Oadby and Wigston'];

/**
 * The quarterly monitoring return of the Safer Streets fund: for each
 * intervention of each bid and each financial quarter from October 2023 (2023/24
 * Q3) to March 2025 (2024/25 Q4), the money allocated to the quarter, the money
 * spent, and an output.
 *
 * Allocations reconcile to awards: an intervention's allocations over all its
 * quarters sum to its award in `safer-streets-awards`. Money cannot be moved
 * between financial years, so what is allocated to a year and not spent in it
 * is money at risk; spend is never above allocation.
 */
export const saferStreets: DatasetContract = {
	id: 'safer-streets',
	table: 'safer_streets',
	quality: { key: ['bid', 'intervention', 'financial_year', 'quarter'], period: 'financial_year' },
	title: 'Safer Streets spend by quarter',
	description: 'Money allocated and spent each quarter on each intervention of the three Safer Streets bids, whether it is capital or revenue, and what it delivered.',
	columns: [
		{
			name: 'bid',
			type: 'text',
			description:
				'The bid the intervention belongs to: VAWG (violence against women and girls, across LLR), ASB Melton (anti-social behaviour in Melton), Neighbourhood Crime Oadby and Wigston.',
			required: true,
			allowed: saferStreetsBids,
			example: 'ASB Melton'
		},
		{
			name: 'intervention',
			type: 'text',
			description: 'The intervention, as the bid lists it; the same name as in safer-streets-awards.',
			required: true,
			example: 'Target hardening of over 100 homes'
		},
		{
			name: 'district',
			type: 'text',
			description: 'The area the intervention serves; LLR-wide for the VAWG bid and shared posts.',
			required: true,
			allowed: llrAreas,
			example: 'Melton'
		},
		{
			name: 'financial_year',
			type: 'financial-year',
			description: 'UK financial year, April to March.',
			required: true,
			example: '2024/25'
		},
		{
			name: 'quarter',
			type: 'integer',
			description: 'Quarter of the financial year: 1 April-June, 2 July-September, 3 October-December, 4 January-March.',
			required: true,
			allowed: ['1', '2', '3', '4'],
			example: '3'
		},
		{
			name: 'allocated_gbp',
			type: 'decimal',
			unit: '£',
			description: "The part of the intervention's award allocated to the quarter, in pounds.",
			required: true,
			decimalPlaces: 2,
			example: '12500.00',
			min: 0
		},
		{
			name: 'spent_gbp',
			type: 'decimal',
			unit: '£',
			description: 'The money spent in the quarter, in pounds; never more than allocated.',
			required: true,
			decimalPlaces: 2,
			example: '11873.40',
			min: 0
		},
		{
			name: 'spend_type',
			type: 'text',
			description: 'capital: equipment and works (cameras, lighting, target hardening); revenue: services, campaigns, training and staff.',
			required: true,
			allowed: ['capital', 'revenue'],
			example: 'capital'
		},
		{
			name: 'output_measure',
			type: 'text',
			description: 'What the output count counts, e.g. homes target-hardened; "none (staff post)" for a post.',
			required: true,
			example: 'homes target-hardened'
		},
		{
			name: 'output_count',
			type: 'integer',
			unit: 'count',
			description: 'The output delivered in the quarter; blank when the intervention has no countable output.',
			required: false,
			example: '18',
			min: 0
		},
		...provenanceColumns
	]
};
