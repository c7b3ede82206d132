import type { DatasetContract } from './contract';
import { streetCrime } from './street-crime';

// The columns an outcomes file shares with the street-level file, described once.
const shared = (name: string) => {
	const column = streetCrime.columns.find((c) => c.name === name);
	if (!column) throw new Error(`street-crime has no column "${name}"`);
	return column;
};

/**
 * The outcomes file police.uk publishes for each force and month
 * (`YYYY-MM-<force>-outcomes.csv`), read as published like the street-level
 * file: one row per outcome recorded that month for a crime, which may have
 * been recorded months before. Joined to the street-level records by Crime ID.
 */
export const crimeOutcomes: DatasetContract = {
	id: 'crime-outcomes',
	table: 'crime_outcomes',
	// An outcome is one crime's outcome of one type in one month; the same again is a duplicate.
	quality: {
		key: ['Crime ID', 'Month', 'Outcome type'],
		ignoreBlankKey: true,
		period: 'Month',
		periodWithin: ['Falls within'],
		series: { column: 'Month', step: 'month', by: ['Falls within'] }
	},
	title: 'Crime outcomes (police.uk)',
	description:
		'Outcomes of crimes (such as "Investigation complete; no suspect identified" or "Offender given a caution"), one row per outcome, from the outcomes files published at data.police.uk for each force and month (file name YYYY-MM-<force>-outcomes.csv). A crime recorded in one month may have outcomes in later months: the latest is its outcome so far. Loaded as published, with no provenance columns: the source is the police.uk file, published by the Home Office under the Open Government Licence.',
	columns: [
		{
			name: 'Crime ID',
			type: 'text',
			description: "police.uk's identifier for the crime, the same as in the street-level file: the outcome is joined to the crime by it.",
			required: true,
			example: shared('Crime ID').example
		},
		{ ...shared('Month'), description: 'The month the outcome was recorded in (not the month of the crime).' },
		{ ...shared('Reported by'), description: 'The force that provided the outcome.' },
		shared('Falls within'),
		shared('Longitude'),
		shared('Latitude'),
		shared('Location'),
		shared('LSOA code'),
		shared('LSOA name'),
		{
			name: 'Outcome type',
			type: 'text',
			description:
				'The outcome, in police.uk\'s words, such as "Investigation complete; no suspect identified", "Unable to prosecute suspect", "Offender given a caution", "Suspect charged" or "Court result unavailable".',
			required: true,
			example: 'Investigation complete; no suspect identified'
		}
	]
};
