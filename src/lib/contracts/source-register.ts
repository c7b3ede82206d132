import { provenanceColumns, type DatasetContract } from './contract';

/**
 * The source register: every document a figure is cited from, as a reader
 * would look it up (title, publisher, date, the meeting it went to, and its
 * published address where known). Every extract's `source_document` is one of
 * its ids. `text_file` maps an entry to the text extraction it was read from;
 * it is kept for the people who maintain the extracts and is never shown.
 */
export const sourceRegister: DatasetContract = {
	id: 'source-register',
	table: 'source_register',
	quality: { key: ['source_id'] },
	title: 'Source register',
	description: 'Every document the embedded figures are cited from, with its full title, publisher, date, meeting and published address.',
	columns: [
		{
			name: 'source_id',
			type: 'text',
			description: "The document's id, which every extract's source_document column uses to cite it.",
			required: true,
			example: 'commissioners-update-2023-12'
		},
		{ name: 'title', type: 'text', description: 'The full title, as printed on the document.', required: true, example: "Commissioner's Update to the Police and Crime Panel" },
		{
			name: 'publisher',
			type: 'text',
			description: 'Who published or wrote it.',
			required: true,
			example: 'Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland'
		},
		{
			name: 'published_date',
			type: 'date',
			description: 'The date it bears or the meeting it went to; blank for the illustrative sample.',
			required: false,
			example: '2023-12-13'
		},
		{ name: 'meeting', type: 'text', description: 'The meeting or paper it belongs to.', required: true, example: 'Police and Crime Panel, 13 December 2023' },
		{ name: 'published_url', type: 'text', description: 'Where it is published, when known; blank when not.', required: false, example: 'http://www.leics-pcc.police.uk' },
		{
			name: 'text_file',
			type: 'text',
			description: 'The text extraction the figures were read from (maintainers only: never shown to users); blank when there is none.',
			required: false,
			example: 'commissioners-update.txt'
		},
		...provenanceColumns
	]
};
