import type { StreetCrimeHolding } from './street-crime';
import { monthLabel } from '$lib/format/uk';

/**
 * Where the crime figures come from, as one line for a chart's downloads: the
 * police.uk files loaded (forces and months) and their licence, and the
 * illustrative-sample warning when generated files are among them.
 */
export function crimeCitation(holding: StreetCrimeHolding): string[] {
	const lines = [
		`police.uk street-level crime, ${holding.force}, ${monthsSpanned(holding) || 'no months'}: published at data.police.uk by the Home Office under the Open Government Licence v3.0`
	];
	if (holding.illustrativeRecords > 0) {
		lines.push('Illustrative sample: records generated for testing (scripts/generate-street-crime.js), not police.uk data');
	}
	return lines;
}

/** The first to the last month loaded, in words ("September 2023 to November 2023"), or '' when none is. */
export function monthsSpanned(holding: StreetCrimeHolding): string {
	if (!holding.firstMonth || !holding.lastMonth) return '';
	return holding.firstMonth === holding.lastMonth ? monthLabel(holding.firstMonth, true) : `${monthLabel(holding.firstMonth, true)} to ${monthLabel(holding.lastMonth, true)}`;
}
