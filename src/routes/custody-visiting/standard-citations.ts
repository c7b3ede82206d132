/**
 * The published standards the custody figures are judged against, cited to
 * the OPCC papers, so the Sources list names them beside the extracts'.
 */
export const standardCitations: readonly { source_document: string; source_ref: string }[] = [
	{
		source_document: '003_ac62d51adaa89b3d.txt',
		source_ref: 'Viable Partnerships section, line 218: each primary custody suite visited at least once a week'
	},
	{
		source_document: '002_5a3c92cb7e7fe781.txt',
		source_ref: 'para 13: ICVA platinum Quality Assurance award, 29 November 2023'
	},
	{
		source_document: '002_5a3c92cb7e7fe781.txt',
		source_ref: 'para 14: "100% of scheduled ICV Visits"'
	}
];
