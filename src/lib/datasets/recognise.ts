import Papa from 'papaparse';
import type { DatasetContract } from '$lib/contracts/contract';

/** Which datasets a file's header fits: exactly, or (ambiguous) more than one, or none. */
export interface Recognition {
	readonly header: readonly string[];
	/** Contracts whose columns match the header exactly, whatever the order. */
	readonly exact: readonly DatasetContract[];
	/** Contracts sharing most of their columns with the header, best first: for the user to choose. */
	readonly near: readonly DatasetContract[];
}

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
export function recognise(text: string, contracts: readonly DatasetContract[]): Recognition {
	const header = readHeader(text);
	const names = new Set(header);
	const exact = contracts.filter(
		(contract) => contract.columns.length === names.size && contract.columns.every((column) => names.has(column.name))
	);
	const overlap = (contract: DatasetContract) => contract.columns.filter((column) => names.has(column.name)).length / contract.columns.length;
	const near = contracts
		.filter((contract) => !exact.includes(contract) && overlap(contract) >= 0.5)
		.sort((a, b) => overlap(b) - overlap(a));
	return { header, exact, near };
}
