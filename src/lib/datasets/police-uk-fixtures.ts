/**
 * Where the real police.uk files for tests are: `../shared/fixtures/police-uk`
 * beside this checkout (never copied into it), or the folder named by
 * SCRUTINY_POLICE_UK_FIXTURES. Tests that read them run only where they are,
 * and say so when skipped, so a checkout without them still tests the rest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The folder of real police.uk files, or undefined when this machine has none. */
export function policeUkFixtures(): string | undefined {
	const folder = process.env['SCRUTINY_POLICE_UK_FIXTURES'] ?? join('..', 'shared', 'fixtures', 'police-uk');
	return existsSync(join(folder, '2022-10-leicestershire-street.csv')) ? folder : undefined;
}

/** Why a test of the real files did not run. */
export const noPoliceUkFixtures = 'the real police.uk files (../shared/fixtures/police-uk) are not beside this checkout';
