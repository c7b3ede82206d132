import type { DatasetContract } from './contract';

/**
 * The street-level crime file police.uk publishes for each force and month
 * (`YYYY-MM-<force>-street.csv`), read as published: its own header, with
 * spaces, and no provenance columns, because the file itself is the source.
 * Nothing is embedded: the table starts empty until the files are loaded.
 */
export const streetCrime: DatasetContract = {
	id: 'street-crime',
	table: 'street_crime',
	// A crime is identified by its Crime ID alone. Anti-social behaviour has none, and real months hold many
	// rows alike in every column (incidents of one type at one anonymised point), so those are not compared.
	quality: { key: ['Crime ID'], ignoreBlankKey: true, period: 'Month', periodWithin: ['Falls within'], series: { column: 'Month', step: 'month', by: ['Falls within'] } },
	title: 'Street-level crime (police.uk)',
	description:
		"Crimes and anti-social behaviour recorded by the police, one row each, from the street-level files published at data.police.uk for each force and month (file name YYYY-MM-<force>-street.csv). The files are loaded as published, so they carry no provenance columns: the source of every row is the police.uk file it came from, published by the Home Office under the Open Government Licence. Locations are anonymised to a nearby map point, and a force's file includes some LSOAs just over its border.",
	columns: [
		{
			name: 'Crime ID',
			type: 'text',
			description: "police.uk's identifier for the crime, 64 hexadecimal digits. Blank for anti-social behaviour, which is an incident, not a crime.",
			required: false,
			example: '8c1d1f7e2b4f5a7a36bb01a2e8a1c4cc0a9b6e9d4f1a3c2b5e7d9f0a1b2c3d4e'
		},
		{
			name: 'Month',
			type: 'month',
			description: 'The month the crime or incident was recorded in.',
			required: true,
			example: '2023-10'
		},
		{
			name: 'Reported by',
			type: 'text',
			description: 'The force that provided the record.',
			required: true,
			example: 'Leicestershire Police'
		},
		{
			name: 'Falls within',
			type: 'text',
			description: 'The force whose area the record falls within.',
			required: true,
			example: 'Leicestershire Police'
		},
		{
			name: 'Longitude',
			type: 'decimal',
			decimalPlaces: 6,
			unit: 'degrees',
			description: 'Longitude of the anonymised map point (negative west of Greenwich). Blank when there is no location.',
			required: false,
			example: '-1.133005'
		},
		{
			name: 'Latitude',
			type: 'decimal',
			decimalPlaces: 6,
			unit: 'degrees',
			description: 'Latitude of the anonymised map point. Blank when there is no location.',
			required: false,
			example: '52.634087'
		},
		{
			name: 'Location',
			type: 'text',
			description: 'The map point in words, such as "On or near High Street", or "No location".',
			required: false,
			example: 'On or near High Street'
		},
		{
			name: 'LSOA code',
			type: 'text',
			description: 'The Lower Layer Super Output Area (a small census area) the point is in. Blank when there is no location.',
			required: false,
			example: 'E01025934'
		},
		{
			name: 'LSOA name',
			type: 'text',
			description:
				'The LSOA\'s name: its local authority area then a code, such as "Oadby and Wigston 001A". The dashboard takes the area from it; names outside the nine LLR areas, and blanks, count as "Outside LLR or no location".',
			required: false,
			example: 'Melton 003B'
		},
		{
			name: 'Crime type',
			type: 'text',
			description:
				"police.uk's category: Anti-social behaviour, Bicycle theft, Burglary, Criminal damage and arson, Drugs, Other crime, Other theft, Possession of weapons, Public order, Robbery, Shoplifting, Theft from the person, Vehicle crime, or Violence and sexual offences.",
			required: true,
			example: 'Burglary'
		},
		{
			name: 'Last outcome category',
			type: 'text',
			description: 'The latest outcome recorded for the crime when the file was made. Blank for anti-social behaviour.',
			required: false,
			example: 'Investigation complete; no suspect identified'
		},
		{
			name: 'Context',
			type: 'text',
			description: 'Extra information the force gives about the record; usually blank.',
			required: false,
			example: ''
		}
	]
};
