import type { ColumnContract, DatasetContract } from './contract';
import { streetCrime } from './street-crime';

/** A column of another contract, described once. */
const columnOf = (contract: DatasetContract, name: string): ColumnContract => {
	const column = contract.columns.find((c) => c.name === name);
	if (!column) throw new Error(`${contract.id} has no column "${name}"`);
	return column;
};

/** A True / False column, as police.uk writes them; blank when not recorded. */
const trueOrFalse = (name: string, description: string): ColumnContract => ({
	name,
	type: 'text',
	allowed: ['True', 'False'],
	description: `${description} "True" or "False", as police.uk writes them; blank when not recorded.`,
	required: false,
	example: 'False'
});
const text = (name: string, description: string, example: string, required = false): ColumnContract => ({ name, type: 'text', description, required, example });

/**
 * The stop and search file police.uk publishes for each force and month
 * (`YYYY-MM-<force>-stop-and-search.csv`), read as published: its own header
 * and no provenance columns. It has no force column: the force is the one its
 * file name says.
 */
export const stopAndSearch: DatasetContract = {
	id: 'stop-and-search',
	table: 'stop_and_search',
	title: 'Stop and search (police.uk)',
	description:
		'Stops and searches by the police, one row each, from the files published at data.police.uk for each force and month (file name YYYY-MM-<force>-stop-and-search.csv). The file has no force column: the force is the one its name says. Loaded as published, with no provenance columns: the source is the police.uk file, published by the Home Office under the Open Government Licence. Locations are anonymised, and often blank.',
	columns: [
		{
			name: 'Type',
			type: 'text',
			allowed: ['Person search', 'Vehicle search', 'Person and Vehicle search'],
			description: 'What was searched.',
			required: true,
			example: 'Person search'
		},
		text('Date', 'When the search began: an ISO 8601 date and time with its offset from UTC, such as 2024-01-05T14:30:00+00:00.', '2024-01-05T14:30:00+00:00', true),
		trueOrFalse('Part of a policing operation', 'Whether the search was part of a policing operation.'),
		text('Policing operation', "The operation's name, when there was one; usually blank.", ''),
		// Blank more often than in the street-level file: a search need not have a location.
		columnOf(streetCrime, 'Latitude'),
		columnOf(streetCrime, 'Longitude'),
		text('Gender', 'The gender of the person searched: Male, Female or Other; blank for a vehicle search.', 'Male'),
		text('Age range', 'The age range of the person searched, such as "18-24" or "over 34".', '18-24'),
		text('Self-defined ethnicity', 'The ethnicity the person searched gave, in the 2011 census categories.', 'White - English/Welsh/Scottish/Northern Irish/British'),
		text('Officer-defined ethnicity', 'The ethnicity the officer recorded: Asian, Black, Mixed, Other or White.', 'White'),
		text('Legislation', 'The power the search was made under, such as "Misuse of Drugs Act 1971 (section 23)".', 'Misuse of Drugs Act 1971 (section 23)'),
		text('Object of search', 'What the officer was looking for, such as "Controlled drugs" or "Offensive weapons".', 'Controlled drugs'),
		text('Outcome', 'What followed the search, such as "A no further action disposal" or "Arrest".', 'A no further action disposal'),
		trueOrFalse('Outcome linked to object of search', 'Whether the outcome was linked to what was searched for.'),
		trueOrFalse('Removal of more than just outer clothing', 'Whether more than outer clothing was removed.')
	]
};
