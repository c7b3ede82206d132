import { formatCount, formatPercent } from '$lib/format/uk';
import type { OutcomeMix } from './crime-outcomes';
import { monthLabel } from '$lib/format/uk';

/**
 * The outcome mix in words: how many of the crimes in view have an outcome in
 * the files loaded, and the most common latest outcome with its share.
 */
export function outcomeMixSummary(mix: OutcomeMix, scope: string): string {
	if (mix.outcomesLoaded === 0) return `No outcomes file of ${mix.force} is loaded, so the outcomes of these crimes are not known here.`;
	const total = mix.rows.reduce((sum, row) => sum + row.crimes, 0);
	if (total === 0) return `No crimes of ${mix.force} are recorded for ${scope}, so there are no outcomes to show.`;
	const known = mix.rows.filter((row) => row.outcome !== null);
	const withOutcome = known.reduce((sum, row) => sum + row.crimes, 0);
	const months = mix.firstMonth && mix.lastMonth ? `${monthLabel(mix.firstMonth, true)} to ${monthLabel(mix.lastMonth, true)}` : '';
	const top = known[0];
	const sentences = [
		`Of the ${formatCount(total)} crimes recorded for ${scope}, ${formatCount(withOutcome)} (${formatPercent((100 * withOutcome) / total)}) have an outcome in the outcomes files loaded (${months}).`
	];
	if (top) sentences.push(`The most common latest outcome is “${top.outcome}” (${formatCount(top.crimes)}, ${formatPercent((100 * top.crimes) / total)} of the crimes).`);
	return sentences.join(' ');
}
