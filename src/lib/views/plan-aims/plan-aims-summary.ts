import { noAssurance, noVerdict, type StatusLabel } from '$lib/measures/measure-status';
import type { Theme } from './plan-aims-tree';

/** Every status a measure with a target can have, in the order the sentence lists them. */
const targetedStatuses = ['Met', 'Consistently met', 'Nearly met', 'Hit and miss', 'Not met', 'Consistently missed', noAssurance, 'No data for this period', noVerdict] as const;
// Fails to compile if a status is added and not listed, so the sentence never drops one (it once read "for 2023/24 Q3, .").
const everyStatusListed: Exclude<StatusLabel, 'No target set'> extends (typeof targetedStatuses)[number] ? true : never = true;
void everyStatusListed;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * A plain-English paragraph generated from the plan's aims and the measures'
 * statuses: how many aims are evidenced, how many measures have a target, and
 * how those stand for the chosen period.
 */
export function planAimsSummary(themes: readonly Theme[], statuses: ReadonlyMap<string, StatusLabel>, periodText: string): string {
	const aims = themes.flatMap((theme) => theme.aims);
	const evidenced = aims.filter((aim) => aim.measures.length > 0);
	const measures = new Set(aims.flatMap((aim) => aim.measures.map((measure) => measure.id)));
	const targeted = [...measures].filter((id) => statuses.get(id) !== 'No target set');
	const count = (label: StatusLabel) => targeted.filter((id) => statuses.get(id) === label).length;
	const parts = targetedStatuses
		.map((label) => [label, count(label)] as const)
		.filter(([, n]) => n > 0)
		.map(([label, n]) => `${n} ${label === noVerdict ? 'illustrative (no verdict)' : label.toLowerCase()}`);
	return [
		`The Police and Crime Plan sets ${plural(aims.length, 'aim')} under ${plural(themes.length, 'theme')}.`,
		`${plural(measures.size, 'measure')} evidence ${evidenced.length} of them; ${plural(aims.length - evidenced.length, 'aim has', 'aims have')} no measure yet.`,
		targeted.length ? `${plural(targeted.length, 'measure has', 'measures have')} a target: for ${periodText}, ${parts.join(', ')}.` : 'No measure has a target.',
		`The other ${plural(measures.size - targeted.length, 'measure')} ${measures.size - targeted.length === 1 ? 'has' : 'have'} no target set.`
	].join(' ');
}
