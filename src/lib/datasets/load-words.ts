/**
 * What a load will do and did, in the words a performance lead reads before
 * and after it: modes, what goes and what comes, files loaded before.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { formatCount } from '$lib/format/uk';
import type { LoadPlan } from './dataset-store';
import type { LoadMode } from './saved-uploads';

/** Each mode's label and what it does, for the choice above the drop zone. */
export const loadModes: readonly { readonly mode: LoadMode; readonly label: string; readonly hint: string }[] = [
	{
		mode: 'update-periods',
		label: 'Update the periods these files cover',
		hint: 'Rows of the months, quarters or years in the files replace the rows of those periods; other periods stay. Loading January again replaces January, never doubles it. For data with no period, you are asked before everything is replaced.'
	},
	{ mode: 'replace', label: 'Replace everything this dataset holds', hint: 'You are told what goes and what comes, and asked, before anything is done.' },
	{ mode: 'add', label: 'Add rows', hint: 'For data with no period. Every row is added to what is there; a file loaded before is named, and you are asked.' }
];

/** "1 row", "3 rows". */
export function rows(count: number): string {
	return `${formatCount(count)} row${count === 1 ? '' : 's'}`;
}

/** The unit a dataset's periods are counted in. */
export function periodWord(contract: DatasetContract, count: number): string {
	const column = contract.columns.find((c) => c.name === contract.quality?.period);
	const word = column?.type === 'month' ? 'month' : column?.type === 'financial-year' ? 'financial year' : 'period';
	return `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** Periods as a short phrase: all of them when few, else the first and last. */
export function periodList(periods: readonly string[]): string {
	if (periods.length <= 4) return periods.join(', ');
	return `${periods[0]} to ${periods.at(-1)}`;
}

/** A list of file names, shortened after five. */
export function fileList(files: readonly string[]): string {
	return files.length <= 5 ? files.join(', ') : `${files.slice(0, 5).join(', ')} and ${formatCount(files.length - 5)} more`;
}

/** One side of a plan ("what goes" or "what comes"), in a sentence. */
export function planSide(contract: DatasetContract, side: LoadPlan['goes']): string {
	if (side.rows === 0) return 'nothing';
	const periods = side.periods.length ? `, ${periodWord(contract, side.periods.length)} (${periodList(side.periods)})` : '';
	const files = side.files.length ? `, from ${side.files.length === 1 ? 'file' : `${formatCount(side.files.length)} files`} ${fileList(side.files)}` : '';
	return `${rows(side.rows)}${periods}${files}`;
}

/** What a load will do to one dataset, said before it is done. */
export function planSentence(contract: DatasetContract, plan: LoadPlan): string {
	const dataset = contract.title.toLowerCase();
	if (plan.mode === 'replace') {
		return `Everything the ${dataset} holds is replaced. Goes: ${planSide(contract, plan.goes)}. Comes: ${planSide(contract, plan.comes)}.`;
	}
	if (plan.mode === 'add') return `${rows(plan.comes.rows)} are added to the ${dataset}.`;
	const replaced = plan.goes.rows ? ` They replace ${planSide(contract, plan.goes)}.` : ' No period the dataset holds is replaced.';
	return `The ${dataset} gets ${planSide(contract, plan.comes)}.${replaced}`;
}

/** Why a file loaded before matters in this mode. */
export function againSentence(plan: LoadPlan): string {
	const named = plan.alreadyLoaded.join(', ');
	const were = plan.alreadyLoaded.length === 1 ? 'was' : 'were';
	const [it, its] = plan.alreadyLoaded.length === 1 ? ['it', 'its'] : ['them', 'their'];
	if (plan.mode === 'add') return `${named} ${were} loaded before (the same file, byte for byte): adding ${it} again counts ${its} rows twice.`;
	if (plan.mode === 'update-periods') return `${named} ${were} loaded before (the same file, byte for byte): ${its} periods replace themselves, so nothing is doubled.`;
	return `${named} ${were} loaded before (the same file, byte for byte).`;
}

/** What a load did to one dataset, said after it is done (after "N rows loaded into … from …"). */
export function doneSentence(contract: DatasetContract, plan: LoadPlan): string {
	if (plan.mode === 'replace') return `They replaced everything it held: ${planSide(contract, plan.goes)}.`;
	if (plan.mode === 'add') return 'They were added to what was there.';
	const covered = plan.comes.periods.length ? `They cover ${periodWord(contract, plan.comes.periods.length)} (${periodList(plan.comes.periods)}). ` : '';
	return `${covered}${plan.goes.rows ? `They replaced ${planSide(contract, plan.goes)}.` : 'No period it held was replaced.'}`;
}
