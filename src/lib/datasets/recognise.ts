import Papa from 'papaparse';
import { provenanceNames, type DatasetContract } from '$lib/contracts/contract';
import { forceFitsSlug, llrForce, readPoliceUkFileName, type PoliceUkFileKind } from './police-uk-files';

/** The dataset each kind of police.uk file is loaded into. */
const policeUkDatasets: Record<PoliceUkFileKind, string> = { street: 'street-crime', outcomes: 'crime-outcomes', 'stop-and-search': 'stop-and-search' };

/** Which datasets a file's header fits: exactly, or (ambiguous) more than one, or none. */
export interface Recognition {
	readonly header: readonly string[];
	/** Contracts whose columns match the header exactly, whatever the order. */
	readonly exact: readonly DatasetContract[];
	/** Contracts sharing most of their columns with the header, best first: for the user to choose. */
	readonly near: readonly DatasetContract[];
	/** The force a police.uk file holds, when the file's name was given. */
	readonly force?: ForceRecognition;
}

/** The police force a file holds (from its name and its `Falls within` column), or why it is refused. */
export type ForceRecognition =
	| {
			readonly ok: true;
			/** Every force its rows fall within, or the one its name says; empty when neither says. */
			readonly forces: readonly string[];
			/** True when it holds Leicestershire Police's records only: LLR's figures. */
			readonly llr: boolean;
	  }
	| { readonly ok: false; readonly reason: string };

/** The header row of a CSV text. */
export function readHeader(text: string): string[] {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const parsed = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: true });
	return (parsed.data[0] ?? []).map((name) => name.trim());
}

/**
 * Recognises a file by its header: a dataset whose columns match it exactly,
 * or failing that the datasets sharing at least half their columns, best first.
 */
export function recognise(text: string, contracts: readonly DatasetContract[], fileName?: string): Recognition {
	const header = readHeader(text);
	const names = new Set(header);
	// An uploaded extract may leave out the provenance columns (its rows then cite the file as loaded),
	// so a header that is the contract's other columns exactly is an exact fit too.
	const fits = (columns: readonly string[]) => columns.length === names.size && columns.every((name) => names.has(name));
	const exact = contracts.filter((contract) => {
		const all = contract.columns.map((column) => column.name);
		return fits(all) || fits(all.filter((name) => !provenanceNames.includes(name)));
	});
	const overlap = (contract: DatasetContract) => contract.columns.filter((column) => names.has(column.name)).length / contract.columns.length;
	const near = contracts.filter((contract) => !exact.includes(contract) && overlap(contract) >= 0.5).sort((a, b) => overlap(b) - overlap(a));
	// A police.uk file's name says which of its datasets it is: among the header's fits, that one.
	const named = fileName === undefined ? null : readPoliceUkFileName(fileName);
	const byName = named && exact.find((contract) => contract.id === policeUkDatasets[named.kind]);
	if (byName) return { header, exact: [byName], near, force: recogniseForce(fileName ?? '', text) };
	return fileName === undefined ? { header, exact, near } : { header, exact, near, force: recogniseForce(fileName, text) };
}

// Enough rows to see every force a file names: police.uk's files hold one each.
const rowsLookedAt = 1000;

/**
 * The force a file holds: what its `Falls within` column says (in its first
 * rows), and what a police.uk file name says. When they disagree the file is
 * refused, naming both, so one force's records never join another's unseen.
 */
export function recogniseForce(fileName: string, text: string): ForceRecognition {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const parsed = Papa.parse<Record<string, string>>(body, { header: true, preview: rowsLookedAt, skipEmptyLines: true, transformHeader: (name) => name.trim() });
	const fallsWithin = [...new Set(parsed.data.map((row) => (row['Falls within'] ?? '').trim()).filter((force) => force !== ''))].sort();
	const named = readPoliceUkFileName(fileName);
	const others = named ? fallsWithin.filter((force) => !forceFitsSlug(force, named.slug)) : [];
	if (named && others.length) {
		const says = named.force ?? `"${named.slug}"`;
		return {
			ok: false,
			reason: `its name says it holds ${says}'s records, but its Falls within column says ${others.join(', ')}. A file of one force is never loaded as another's: check it is the file you meant (police.uk names each file YYYY-MM-<force>-street.csv). Nothing from it was loaded.`
		};
	}
	const forces = fallsWithin.length ? fallsWithin : named?.force ? [named.force] : [];
	return { ok: true, forces, llr: forces.length === 1 && forces[0] === llrForce };
}

/** The force of a file the user chose, from its name and first rows (64 KB, so even a 70 MB file is quick). */
export async function recogniseFileForce(file: Blob & { readonly name: string }): Promise<ForceRecognition> {
	const head = await file.slice(0, 65536).text();
	// The last line may be cut short: leave it out.
	const whole = file.size > 65536 ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) : head;
	return recogniseForce(file.name, whole);
}

/** What a loaded file's force means for the figures, in a sentence; '' for a file that names no force. */
export function forceNote(force: ForceRecognition | undefined): string {
	if (!force?.ok || force.forces.length === 0) return '';
	if (force.llr) return `Force: ${llrForce}, whose records are the figures for Leicester, Leicestershire and Rutland.`;
	return `Force: ${force.forces.join(', ')}, another force than ${llrForce}. Its records are kept apart: the Crime view shows them only when you choose that force, and never in LLR's figures.`;
}
