import type { DatasetContract } from './contract';
import { sqlType } from './sql-types';

/** One contract as a section of the data dictionary, in Markdown. */
function contractSection(contract: DatasetContract): string {
	const rows = contract.columns.map((column) => {
		const allowed = column.allowed ? column.allowed.map((value) => `\`${value}\``).join(', ') : '';
		const cells = [
			`\`${column.name}\``,
			column.type,
			sqlType(column),
			column.unit ?? '',
			column.required ? 'yes' : 'no',
			allowed,
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
		`Embedded file: \`data/${contract.id}.csv\`. DuckDB table: \`${contract.table}\`.`,
		'',
		'| column | type | SQL type | unit | required | allowed values | example | meaning |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}

/**
 * The data dictionary, written from the contracts so it cannot drift from
 * what the check enforces. `npm run data:dictionary` writes it to data/README.md.
 */
export function dataDictionary(contracts: readonly DatasetContract[]): string {
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
		'',
		...contracts.map(contractSection).flatMap((section) => [section, ''])
	].join('\n');
}
