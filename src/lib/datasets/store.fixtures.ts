/**
 * Two small datasets for the registry's tests: monthly tallies (keyed by
 * month, so loads update the months they cover), crimes of two forces (keyed
 * by month within force) and notes (no period, so loads add rows), with files made from rows and the rows a file should load.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import type { DatasetStore } from './dataset-store';
import { memoryStorage } from './device-storage';
import type { LoadMode } from './saved-uploads';

/** Monthly tallies: the period column is `month`. */
export const tallies: DatasetContract = {
	id: 'tallies',
	table: 'tallies',
	title: 'Tallies',
	description: 'Monthly counts, for tests.',
	quality: { period: 'month' },
	columns: [
		{ name: 'month', type: 'month', description: '', required: true, example: '2024-04' },
		{ name: 'item', type: 'text', description: '', required: true, example: 'a' },
		{ name: 'count', type: 'integer', description: '', required: true, example: '1' }
	]
};

/** Notes with no period: loads add rows. */
export const notes: DatasetContract = {
	id: 'notes',
	table: 'notes',
	title: 'Notes',
	description: 'Free notes, for tests.',
	columns: [
		{ name: 'note', type: 'text', description: '', required: true, example: 'a' },
		{ name: 'count', type: 'integer', description: '', required: true, example: '1' }
	]
};

/** Monthly crimes of two forces: a month is only its own within its force, as police.uk's `Month` within `Falls within`. */
export const crimes: DatasetContract = {
	id: 'crimes',
	table: 'crimes',
	title: 'Crimes',
	description: 'Monthly crimes of more than one force, for tests.',
	quality: { period: 'month', periodWithin: ['force'] },
	columns: [
		{ name: 'month', type: 'month', description: '', required: true, example: '2024-04' },
		{ name: 'force', type: 'text', description: '', required: true, example: 'North' },
		{ name: 'count', type: 'integer', description: '', required: true, example: '1' }
	]
};

/** The tallies' embedded extract. */
export const embeddedTallies = ['2024-01,a,1', '2024-02,b,2', '2024-02,b,2'];

/** A row of a test file: its fields, or a broken line that must be set aside. */
export interface TestRow {
	readonly fields: readonly string[];
	readonly bad?: boolean;
}

/** The CSV text of a test file. */
export function fileText(contract: DatasetContract, rows: readonly TestRow[]): string {
	const lines = rows.map((row) => (row.bad ? [...row.fields.slice(0, -1), 'lots'] : row.fields).join(','));
	return `${contract.columns.map((column) => column.name).join(',')}\n${lines.map((line) => `${line}\n`).join('')}`;
}

/** The rows a file loads (bad rows set aside), as comparable strings. */
export function goodRows(rows: readonly TestRow[]): string[] {
	return rows.filter((row) => !row.bad).map((row) => row.fields.join(','));
}

/** What a dataset should hold after a load, worked out in plain JavaScript. */
export function expectedAfter(contract: DatasetContract, before: readonly string[], files: readonly (readonly TestRow[])[], mode: LoadMode): string[] {
	const incoming = files.flatMap(goodRows);
	if (mode === 'replace' || (mode === 'update-periods' && !contract.quality?.period)) return incoming;
	if (mode === 'add') return [...before, ...incoming];
	// A row's period is its period column's value with those it is only its own within (a month within its force).
	const keyColumns = [contract.quality?.period, ...(contract.quality?.periodWithin ?? [])].map((name) => contract.columns.findIndex((column) => column.name === name));
	const periodOf = (row: string) => keyColumns.map((index) => row.split(',')[index]).join(' · ');
	const periods = new Set(incoming.map(periodOf));
	return [...before.filter((row) => !periods.has(periodOf(row))), ...incoming];
}

/** A dataset's rows as the store's table holds them, sorted, as comparable strings. */
export async function heldRows(store: DatasetStore, contract: DatasetContract): Promise<string[]> {
	return (await store.rows(contract)).map((row) => row.join(',')).sort();
}

/** The embedded extracts of the test datasets. */
export async function testEmbedded(contract: DatasetContract): Promise<{ file: string; text: string }> {
	return testEmbeddedNow(contract);
}

function testEmbeddedNow(contract: DatasetContract): { file: string; text: string } {
	if (contract.id !== tallies.id) return { file: '', text: `${contract.columns.map((column) => column.name).join(',')}\n` };
	return {
		file: 'tallies.csv',
		text: fileText(
			tallies,
			embeddedTallies.map((line) => ({ fields: line.split(',') }))
		)
	};
}

/** What tells a test build's embedded extract from another's, as the browser's content-hashed address does: its text. */
export function testEmbeddedIdentity(contract: DatasetContract): string {
	const { file, text } = testEmbeddedNow(contract);
	return file ? `${file} ${text}` : '';
}

export { memoryStorage };
