import { provenanceColumns, type DatasetContract } from './contract';

/**
 * The net budget requirement of one financial year, split into the lines the
 * Police and Crime Plan prints, with the subtotals and the total they roll up
 * into. Holding the subtotals as rows lets the reconciliation check compare
 * what was printed with the sum of its parts.
 */
export const budgetSplit: DatasetContract = {
	id: 'budget-split',
	table: 'budget_split',
	quality: { key: ['financial_year', 'line_code'], period: 'financial_year' },
	title: 'Budget split',
	description:
		'The net budget requirement for each financial year, split between the force, regional collaboration, commissioned services, the OPCC office and capital, with the printed subtotals and total.',
	columns: [
		{
			name: 'financial_year',
			type: 'financial-year',
			description: 'UK financial year, April to March.',
			required: true,
			example: '2017/18'
		},
		{
			name: 'line_code',
			type: 'text',
			description: 'Short stable code for the line, unique within a year.',
			required: true,
			example: 'force'
		},
		{
			name: 'line_name',
			type: 'text',
			description: 'The line as printed in the source document.',
			required: true,
			example: 'Operational Policing delivered by Leicestershire Police (Net)'
		},
		{
			name: 'short_name',
			type: 'text',
			description: 'A short label for charts and summaries.',
			required: true,
			example: 'Leicestershire Police'
		},
		{
			name: 'line_type',
			type: 'text',
			description: 'line: a part of the budget; subtotal: the sum of the lines that roll up to it; total: the net budget requirement.',
			required: true,
			allowed: ['line', 'subtotal', 'total'],
			example: 'line'
		},
		{
			name: 'rolls_up_to',
			type: 'text',
			description: 'The line_code of the subtotal or total this row is part of; blank for the total.',
			required: false,
			example: 'passed_to_chief_constable'
		},
		{
			name: 'display_order',
			type: 'integer',
			description: 'Order of the line in the printed table.',
			required: true,
			example: '1',
			min: 1
		},
		{
			name: 'amount_gbp_m',
			type: 'decimal',
			unit: '£ millions',
			description: 'The amount as printed, in millions of pounds.',
			required: true,
			decimalPlaces: 3,
			example: '154.5',
			min: 0
		},
		{
			name: 'percent_of_total',
			type: 'decimal',
			unit: '%',
			description: 'The share of the net budget requirement as printed (rounded in the source).',
			required: true,
			decimalPlaces: 2,
			example: '90.1',
			min: 0,
			max: 100
		},
		...provenanceColumns
	]
};
