/**
 * The published standards the custody figures are judged against, cited to
 * the OPCC papers, so the Sources list names them beside the extracts'.
 */
export const standardCitations: readonly { source_document: string; source_ref: string }[] = [
	{
		source_document: 'police-and-crime-plan-2017',
		source_ref: 'Viable Partnerships section, Independent Custody Visitors: each primary custody suite visited at least once a week'
	},
	{
		source_document: 'commissioners-update-2023-12',
		source_ref: 'paragraph 13: ICVA platinum Quality Assurance award, 29 November 2023'
	},
	{
		source_document: 'commissioners-update-2023-12',
		source_ref: 'paragraph 14: "100% of scheduled ICV Visits"'
	}
];
