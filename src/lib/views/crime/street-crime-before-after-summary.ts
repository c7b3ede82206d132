import { formatAverage, formatPercent } from '$lib/format/uk';
import type { CrimeBeforeAfter } from './street-crime';
import type { BeforeAfterPhase } from './street-crime-comparison';
import { monthLabel } from '$lib/format/uk';

const rest = 'the rest of Leicester, Leicestershire and Rutland';
const average = (value: number | null) => (value === null ? 'no figure' : formatAverage(value));
const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

function changeText(change: number | null): string {
	if (change === null) return 'no change can be given, as there were none before';
	if (Math.abs(change) < 0.05) return 'no change';
	return `${change < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(change))}`;
}

function coverage(phase: BeforeAfterPhase, of: number, when: string): string {
	if (phase.monthsHeld === of) return '';
	return `Only ${months(phase.monthsHeld)} of the ${months(of)} ${when} ${phase.monthsHeld === 1 ? 'is' : 'are'} loaded, so the averages are over those.`;
}

// Says what the comparison can show, and no more: a fall larger than elsewhere is not proof of an effect.
function verdict(result: CrimeBeforeAfter, district: string): string {
	const { areaChange, restChange } = result;
	if (areaChange === null) return '';
	if (areaChange < 0 && (restChange === null || areaChange < restChange)) {
		return `The fall in ${district} was larger than elsewhere. That fits the Safer Streets work having had an effect, but does not prove it: other things changed too.`;
	}
	return `${district} did not fall by more than elsewhere, so these figures give no sign of an effect of the Safer Streets work on them.`;
}

/**
 * A plain-English paragraph generated from a before-and-after comparison: each
 * side's monthly average before and after, the change, and what the
 * comparison can and cannot show.
 */
export function beforeAfterSummary(result: CrimeBeforeAfter, crimes: string): string {
	const { question, before, after } = result;
	const start = monthLabel(question.startMonth, true);
	const span = months(question.months);
	if (before.monthsHeld === 0 || after.monthsHeld === 0) {
		const missing = before.monthsHeld === 0 ? 'before' : 'from';
		return `The files loaded hold none of the ${span} ${missing} ${start}, so ${crimes} in ${question.district} cannot be compared before and after.`;
	}
	return [
		`In ${question.district}, ${crimes} averaged ${average(before.areaAverage)} a month in the ${span} before ${start} and ${average(after.areaAverage)} a month in the ${span} from ${start}: ${changeText(result.areaChange)}.`,
		`In ${rest} they averaged ${average(before.restAverage)} and then ${average(after.restAverage)} a month: ${changeText(result.restChange)}.`,
		coverage(before, question.months, `before ${start}`),
		coverage(after, question.months, `from ${start}`),
		verdict(result, question.district)
	]
		.filter(Boolean)
		.join(' ');
}
