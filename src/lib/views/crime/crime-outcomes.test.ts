import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crimeOutcomes } from '$lib/contracts/crime-outcomes';
import { csvFromRows, type CsvRow } from '$lib/contracts/fixtures';
import { streetCrime } from '$lib/contracts/street-crime';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { loadExtract } from '$lib/datasets/load-extract';
import { filtersFromUrl } from '$lib/filters/view-filters';
import { noPoliceUkFixtures, policeUkFixtures } from '$lib/datasets/police-uk-fixtures';
import { outcomeMix, type OutcomeCount } from './crime-outcomes';

/*
 * No real outcomes file is in the fixtures, so one is built here from the real
 * street-level files' Crime IDs, as police.uk's are: a row per outcome, in the
 * month it was recorded, some crimes with two outcomes in different months and
 * some with none yet.
 */
const fixtures = policeUkFixtures();
const parse = (file: string) =>
	fixtures === undefined ? [] : Papa.parse<CsvRow>(readFileSync(`${fixtures}/${file}`, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const street = [...parse('2022-09-leicestershire-street.csv'), ...parse('2022-10-leicestershire-street.csv'), ...parse('2022-10-lancashire-street.csv')];
const crimes = street.filter((row) => row['Crime ID'] !== '');
const later = ['Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Offender given a caution', 'Awaiting court outcome'];

// Every third crime has no outcome yet; the rest "Under investigation" in their own month, and every other
// one of those a later outcome the month after. One Leicestershire crime gets two outcomes in one month.
const outcomes: CsvRow[] = crimes.flatMap((crime, index) => {
	if (index % 3 === 0) return [];
	const row = (month: string, outcome: string): CsvRow => ({ ...crime, Month: month, 'Outcome type': outcome });
	const next = crime['Month'] === '2022-09' ? '2022-10' : '2022-11';
	return index % 2 === 0 ? [row(crime['Month']!, 'Under investigation'), row(next, later[index % later.length]!)] : [row(crime['Month']!, 'Under investigation')];
});
const twice = crimes.find((crime, index) => index % 3 !== 0 && crime['Falls within'] === 'Leicestershire Police')!;
outcomes.push({ ...twice, Month: '2022-12', 'Outcome type': 'Suspect charged' }, { ...twice, Month: '2022-12', 'Outcome type': 'Offender fined' });

/** The mix worked out here, crime by crime, from the rows above. */
function expectedMix(force: string, months: readonly string[]): OutcomeCount[] {
	const latest = new Map<string, { month: string; outcome: string }>();
	for (const row of outcomes) {
		const known = latest.get(row['Crime ID']!);
		// A later month wins; in one month, the later row.
		if (!known || row['Month']! >= known.month) latest.set(row['Crime ID']!, { month: row['Month']!, outcome: row['Outcome type']! });
	}
	const ids = new Set(crimes.filter((crime) => crime['Falls within'] === force && months.includes(crime['Month']!)).map((crime) => crime['Crime ID']!));
	const counts = new Map<string | null, number>();
	for (const id of ids) {
		const outcome = latest.get(id)?.outcome ?? null;
		counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
	}
	return [...counts]
		.map(([outcome, crimes]) => ({ outcome, crimes }))
		.sort((a, b) => Number(a.outcome === null) - Number(b.outcome === null) || b.crimes - a.crimes || ((a.outcome ?? '') < (b.outcome ?? '') ? -1 : 1));
}

let db: NodeDatabase;
beforeAll(async () => {
	if (fixtures === undefined) return;
	db = await openNodeDatabase();
	expect((await loadExtract(db, streetCrime, 'street.csv', csvFromRows(streetCrime, street))).problems).toEqual([]);
	expect((await loadExtract(db, crimeOutcomes, 'outcomes.csv', csvFromRows(crimeOutcomes, outcomes))).problems).toEqual([]);
});
afterAll(() => db?.close());

describe.skipIf(fixtures === undefined)(`outcomeMix (skipped where ${noPoliceUkFixtures})`, () => {
	it('gives each crime of the period its latest outcome, joined by Crime ID, and counts those with none', async () => {
		const mix = await outcomeMix(db, filtersFromUrl(new URLSearchParams('period=2022-09')));
		expect(mix.rows).toEqual(expectedMix('Leicestershire Police', ['2022-09']));
		expect(mix.rows.at(-1)?.outcome).toBeNull();
		expect(mix).toMatchObject({ force: 'Leicestershire Police', firstMonth: '2022-09', lastMonth: '2022-12' });
		expect(mix.outcomesLoaded).toBe(outcomes.filter((row) => row['Falls within'] === 'Leicestershire Police').length);
	});

	it("counts every crime of the force once, whatever the period, and another force's apart", async () => {
		const all = await outcomeMix(db, filtersFromUrl(new URLSearchParams('')));
		expect(all.rows).toEqual(expectedMix('Leicestershire Police', ['2022-09', '2022-10']));
		const total = all.rows.reduce((sum, row) => sum + row.crimes, 0);
		expect(total).toBe(new Set(crimes.filter((crime) => crime['Falls within'] === 'Leicestershire Police').map((crime) => crime['Crime ID'])).size);
		const lancashire = await outcomeMix(db, filtersFromUrl(new URLSearchParams('')), 'Lancashire Constabulary');
		expect(lancashire.rows).toEqual(expectedMix('Lancashire Constabulary', ['2022-10']));
	});

	it('says no outcomes are loaded for a force with none', async () => {
		expect(await outcomeMix(db, filtersFromUrl(new URLSearchParams('')), 'Kent Police')).toEqual({
			force: 'Kent Police',
			outcomesLoaded: 0,
			firstMonth: null,
			lastMonth: null,
			rows: []
		});
	});
});
