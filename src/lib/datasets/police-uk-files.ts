/**
 * What a police.uk file's name says: `YYYY-MM-<force>-street.csv`,
 * `-outcomes.csv` or `-stop-and-search.csv`, where <force> is police.uk's
 * short name for the force. The force's full name is what the files' own
 * `Falls within` column says, and what the views show.
 */

/** The force whose figures are Leicester, Leicestershire and Rutland's: the default everywhere. */
export const llrForce = 'Leicestershire Police';

/** police.uk's short name for each force (as in its file names and URLs), and the force's name in its files. */
export const policeUkForces: Readonly<Record<string, string>> = {
	'avon-and-somerset': 'Avon and Somerset Constabulary',
	bedfordshire: 'Bedfordshire Police',
	btp: 'British Transport Police',
	cambridgeshire: 'Cambridgeshire Constabulary',
	cheshire: 'Cheshire Constabulary',
	'city-of-london': 'City of London Police',
	cleveland: 'Cleveland Police',
	cumbria: 'Cumbria Constabulary',
	derbyshire: 'Derbyshire Constabulary',
	'devon-and-cornwall': 'Devon & Cornwall Police',
	dorset: 'Dorset Police',
	durham: 'Durham Constabulary',
	'dyfed-powys': 'Dyfed-Powys Police',
	essex: 'Essex Police',
	gloucestershire: 'Gloucestershire Constabulary',
	'greater-manchester': 'Greater Manchester Police',
	gwent: 'Gwent Police',
	hampshire: 'Hampshire Constabulary',
	hertfordshire: 'Hertfordshire Constabulary',
	humberside: 'Humberside Police',
	kent: 'Kent Police',
	lancashire: 'Lancashire Constabulary',
	leicestershire: 'Leicestershire Police',
	lincolnshire: 'Lincolnshire Police',
	merseyside: 'Merseyside Police',
	metropolitan: 'Metropolitan Police Service',
	norfolk: 'Norfolk Constabulary',
	'north-wales': 'North Wales Police',
	'north-yorkshire': 'North Yorkshire Police',
	northamptonshire: 'Northamptonshire Police',
	northumbria: 'Northumbria Police',
	nottinghamshire: 'Nottinghamshire Police',
	'northern-ireland': 'Police Service of Northern Ireland',
	'south-wales': 'South Wales Police',
	'south-yorkshire': 'South Yorkshire Police',
	staffordshire: 'Staffordshire Police',
	suffolk: 'Suffolk Constabulary',
	surrey: 'Surrey Police',
	sussex: 'Sussex Police',
	'thames-valley': 'Thames Valley Police',
	warwickshire: 'Warwickshire Police',
	'west-mercia': 'West Mercia Police',
	'west-midlands': 'West Midlands Police',
	'west-yorkshire': 'West Yorkshire Police',
	wiltshire: 'Wiltshire Police'
};

/** The kinds of police.uk file, by the last word of the name. */
export type PoliceUkFileKind = 'street' | 'outcomes' | 'stop-and-search';

/** A police.uk file name, read. */
export interface PoliceUkFileName {
	/** YYYY-MM. */
	readonly month: string;
	/** police.uk's short name, such as "leicestershire". */
	readonly slug: string;
	/** The force's name, when the short name is one police.uk uses; else null. */
	readonly force: string | null;
	readonly kind: PoliceUkFileKind;
}

// A browser may add " (1)" to a file downloaded twice: the name is still police.uk's.
const fileNamePattern = /^(\d{4}-(?:0[1-9]|1[0-2]))-([a-z0-9-]+?)-(street|outcomes|stop-and-search)(?: \(\d+\))?\.csv$/i;

/** What a file's name says, if it is named as police.uk names its files; else null. */
export function readPoliceUkFileName(fileName: string): PoliceUkFileName | null {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	const match = fileNamePattern.exec(base);
	if (!match) return null;
	const slug = (match[2] ?? '').toLowerCase();
	return { month: match[1] ?? '', slug, force: policeUkForces[slug] ?? null, kind: (match[3] ?? '').toLowerCase() as PoliceUkFileKind };
}

/** A force's short name for a URL: police.uk's own where it has one, else the name in lower case with hyphens. */
export function forceSlug(force: string): string {
	const known = Object.entries(policeUkForces).find(([, name]) => name === force);
	return known
		? known[0]
		: force
				.toLowerCase()
				.replace(/&/g, 'and')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '');
}

/** Whether a force's name fits a file name's short name (for forces police.uk's list above does not know, by words). */
export function forceFitsSlug(force: string, slug: string): boolean {
	const known = policeUkForces[slug];
	if (known) return known === force;
	return forceSlug(force).includes(slug);
}
