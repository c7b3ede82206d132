/** A published OPCC paper that figures are cited from. */
export interface SourceDocument {
	readonly file: string;
	readonly title: string;
	/** ISO date of publication or of the meeting it went to. */
	readonly date: string;
	readonly publisher: string;
}

/** The OPCC papers in the source library (shared/sources), by file name. */
export const sourceDocuments: readonly SourceDocument[] = [
	{
		file: '000_2d39b34f3ae1dd09.txt',
		title: 'Report to the Police and Crime Panel: PCC first 100 days in office',
		date: '2016-09-23',
		publisher: 'OPCC for Leicester, Leicestershire and Rutland'
	},
	{
		file: '001_2344ca5c2582e606.txt',
		title: "PCC's response to the Panel's recommendations on the draft Police and Crime Plan 2017-21",
		date: '2017-03-02',
		publisher: 'OPCC for Leicester, Leicestershire and Rutland'
	},
	{
		file: '002_5a3c92cb7e7fe781.txt',
		title: "Commissioner's Update to the Police and Crime Panel",
		date: '2023-12-13',
		publisher: 'OPCC for Leicester, Leicestershire and Rutland'
	},
	{
		file: '003_ac62d51adaa89b3d.txt',
		title: 'Police and Crime Plan 2017-2021',
		date: '2017-03-23',
		publisher: 'OPCC for Leicester, Leicestershire and Rutland'
	},
	{
		file: '004_1140bb01ae247d6e.txt',
		title: 'OPCC update to the Leicestershire Safer Communities Strategy Board',
		date: '2020-03-20',
		publisher: 'OPCC for Leicester, Leicestershire and Rutland'
	}
];

/** The document cited by a row, or a stand-in naming the file when it is not in the library. */
export function sourceDocument(file: string): SourceDocument {
	return (
		sourceDocuments.find((document) => document.file === file) ?? {
			file,
			title: file,
			date: '',
			publisher: 'not in the source library'
		}
	);
}
