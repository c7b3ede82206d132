/**
 * Demonstration mode: whether any figure in view is illustrative (invented).
 * A dataset holds illustrative figures when any of its rows says so. Before a
 * dataset is loaded, and for one never uploaded to, the embedded extract's
 * manifest answers (so a prerendered page carries the banner from its first
 * paint, without starting the database); once a user's upload joins a
 * dataset, the loaded rows answer, and again after each upload.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { sqlIdentifier } from '$lib/contracts/sql-types';
import { datasetHoldings, datasetVersions, loadDataset } from '$lib/datasets/dataset-registry.svelte';
import { embeddedExtract } from '$lib/datasets/embedded-extracts';
import { indexedDbStorage } from '$lib/datasets/device-storage';
import { savedDataset } from '$lib/datasets/saved-uploads';
import { rowsOf } from '$lib/database/arrow-rows';
import { queryClient } from '$lib/database/query-client';

/** The words of the banner, as the issue put them to the Panel. */
export const demonstrationWords = 'Demonstration data: figures marked illustrative are invented for demonstration and must not be quoted';

/** Whether the embedded extract of a dataset holds illustrative rows (false for datasets nothing embeds). */
export function embeddedIsIllustrative(contract: DatasetContract): boolean {
	return embeddedExtract(contract.id)?.illustrative ?? false;
}

async function loadedIsIllustrative(contract: DatasetContract, version: number): Promise<boolean> {
	if (!contract.columns.some((column) => column.name === 'illustrative')) return false;
	const outcome = await loadDataset(contract);
	if (outcome.status !== 'ready') return embeddedIsIllustrative(contract);
	const client = queryClient(outcome.db);
	return client.remember(`illustrative rows in ${contract.id}`, version, async () => {
		const [row] = rowsOf<{ invented: boolean | null }>(await client.query(`SELECT bool_or(illustrative) AS invented FROM ${sqlIdentifier(contract.table)}`));
		return row?.invented === true;
	});
}

/** Whether a dataset, as it stands in this browser now, holds any illustrative row. Call in the browser. */
export async function holdsIllustrative(contract: DatasetContract): Promise<boolean> {
	const version = datasetVersions[contract.id] ?? 0;
	// Only a dataset a user has uploaded to needs its rows read; the rest are as embedded.
	const uploaded = datasetHoldings[contract.id]?.source === 'uploaded' || ((await savedDataset(indexedDbStorage(), contract.id).catch(() => undefined))?.loads.length ?? 0) > 0;
	return uploaded ? loadedIsIllustrative(contract, version) : embeddedIsIllustrative(contract);
}

/**
 * The datasets whose figures a page shows: a view's own and those its measures
 * read (its definition's `loads`: the plan aims evaluate measures on other views'
 * datasets); every dataset on a page that is no single view (home, data,
 * sources), since it speaks for them all. The pack's cover answers for the pack.
 */
export function datasetIdsInView(pathname: string, views: readonly { path: string; loads: readonly string[] }[], all: readonly string[]): readonly string[] {
	const view = views.find((candidate) => pathname === candidate.path || pathname.startsWith(`${candidate.path}/`));
	if (view) return view.loads;
	if (pathname === '/pack' || pathname.startsWith('/pack/')) return [];
	return all;
}
