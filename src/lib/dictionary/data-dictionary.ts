import { slashDateRule } from '$lib/validation/check-value';
import type { ColumnContract, DatasetContract } from '$lib/contracts/contract';
import { sqlType } from '$lib/contracts/sql-types';

/** A column's limits in words: "0 or more; not after the load date". */
function limits(column: ColumnContract): string {
	const words: string[] = [];
	if (column.min !== undefined && column.max !== undefined) words.push(`${column.min} to ${column.max}`);
	else if (column.min !== undefined) words.push(`${column.min} or more`);
	else if (column.max !== undefined) words.push(`${column.max} or less`);
	if (column.notAfterLoadDate) words.push('not after the load date');
	return words.join('; ');
}

/** What the dictionary needs of a view to say which views use a dataset (the view registry's entries fit). */
export interface DatasetUser {
	readonly title: string;
	readonly path: string;
	/** The datasets the view reads, its measures' included. */
	readonly loads: readonly string[];
}

/** The line naming the views that draw on a dataset, or none when no view does. */
function usedByLine(contract: DatasetContract, views: readonly DatasetUser[]): string[] {
	const users = views.filter((view) => view.loads.includes(contract.id));
	if (users.length === 0) return [];
	return ['', `Used by: ${users.map((view) => `${view.title} (\`${view.path}\`)`).join(', ')}.`];
}

/** Where a dataset's rows live: an embedded extract in DuckDB, or the meetings log kept on the device. */
type Keeping = 'extract' | 'meetings log';

/** The line saying where a dataset's file and rows are. */
function keepingLine(contract: DatasetContract, keeping: Keeping): string {
	return keeping === 'extract'
		? `Embedded file: \`data/${contract.id}.csv\`. DuckDB table: \`${contract.table}\`.`
		: `No embedded file: recorded on the Meetings pages and kept on this device; downloaded and loaded there as \`${contract.id}.csv\`.`;
}

/** One contract as a section of the data dictionary, in Markdown. */
function contractSection(contract: DatasetContract, views: readonly DatasetUser[], keeping: Keeping = 'extract'): string {
	const rows = contract.columns.map((column) => {
		const allowed = column.allowed ? column.allowed.map((value) => `\`${value}\``).join(', ') : '';
		const cells = [
			`\`${column.name}\``,
			column.type,
			sqlType(column),
			column.unit ?? '',
			column.required ? 'yes' : 'no',
			allowed,
			limits(column),
			`\`${column.example}\``,
			column.description
		];
		return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
	});
	return [
		`## ${contract.title} (\`${contract.id}\`)`,
		'',
		contract.description,
		'',
		keepingLine(contract, keeping),
		...usedByLine(contract, views),
		'',
		'| column | type | SQL type | unit | required | allowed values | limits | example | meaning |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
		...(contract.rules?.length
			? [
					'',
					'Rules between columns of a row (checked when the cells are not blank):',
					'',
					...contract.rules.map((rule) => `- \`${rule.left.join(' + ')}\` no greater than \`${rule.right}\`: ${rule.why}.`)
				]
			: [])
	].join('\n');
}

/**
 * The data dictionary, written from the contracts so it cannot drift from
 * what the check enforces; each dataset names the views that use it, from the
 * view registry. `npm run data:dictionary` writes it to data/README.md.
 */
export function dataDictionary(contracts: readonly DatasetContract[], views: readonly DatasetUser[] = [], meetingsLog: readonly DatasetContract[] = []): string {
	return [
		'# Data dictionary',
		'',
		'<!-- Written by `npm run data:dictionary` from the contracts in src/lib/contracts. Do not edit by hand. -->',
		'',
		'Each extract is a UTF-8 CSV file with a header row, comma-separated, fields quoted with `"` when they hold a comma, quote or line break.',
		'Every extract ends with three provenance columns: `source_document` and `source_ref` say where each figure was published;',
		'`illustrative` is `true` for rows of an illustrative sample, which the dashboard labels "illustrative sample" wherever they appear.',
		'`data/extracts.json` gives each embedded file its "data as at" date.',
		'',
		'Types: `financial-year` is `YYYY/YY` (April to March, e.g. `2017/18`); `date` is `YYYY-MM-DD`; `month` is `YYYY-MM`;',
		'`decimal` is digits with an optional point and no symbols or thousands separators; `boolean` is `true` or `false`.',
		'`integer` columns are stored as SQL INTEGER (-2,147,483,648 to 2,147,483,647) and `decimal` ones as DECIMAL(18, places), so a larger value is refused, located, before it reaches the database.',
		'',
		'An uploaded file may leave out the provenance columns: its rows then get `source_document` = `uploaded: <file name>`,',
		"`source_ref` = `SHA-256 <the file's digest>; loaded <ISO 8601 time>` and `illustrative` = `false` (an uploaded extract, not a published figure).",
		'',
		'What people type in spreadsheets is converted, and the load report says how many cells of which column were converted and how:',
		'spaces before or after any value but free text; thousands separators (`1,234`); a £ sign in a column whose unit is pounds (`£1,234.50`);',
		'`TRUE` and `FALSE`; months as `Apr-25`, `Apr 2025`, `April 2025` or `April-2025`; dates as day/month/year.',
		slashDateRule,
		'Anything else that is not in the form above is refused with its file, line, column, what was expected and what was found.',
		'',
		...contracts.map((contract) => contractSection(contract, views)).flatMap((section) => [section, '']),
		...(meetingsLog.length
			? [
					'# The meetings log',
					'',
					"The agenda, assurance ratings, actions and decisions of the Commissioner's meetings are recorded on the Meetings pages, not loaded as extracts.",
					'Each can be downloaded as a CSV file in the form below, and a file in that form loaded back; it is checked as an extract is.',
					'',
					...meetingsLog.map((contract) => contractSection(contract, views, 'meetings log')).flatMap((section) => [section, ''])
				]
			: [])
	].join('\n');
}
