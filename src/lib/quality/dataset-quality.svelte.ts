/**
 * Quality reports for loaded datasets, computed once per dataset version (the
 * query client remembers them) and shared by the Data page and the warnings on each view.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { datasetVersions, loadDataset } from '$lib/datasets/dataset-registry.svelte';
import { queryClient } from '$lib/database/query-client';
import { checkQuality, type QualityReport } from './quality-checks';

/** Today as YYYY-MM-DD, in UK time. */
function today(): string {
	return new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/**
 * The quality report of a dataset as it is now loaded, or undefined if it did
 * not load. Freshness is judged as at `asAt` (ISO): a pack passes its meeting
 * date, since an extract is current or stale for the meeting, not for the day
 * the pack happens to be printed; elsewhere, today.
 */
export async function qualityReport(contract: DatasetContract, asAt: string = today()): Promise<QualityReport | undefined> {
	const version = datasetVersions[contract.id] ?? 0;
	const outcome = await loadDataset(contract);
	if (outcome.status !== 'ready') return undefined;
	const client = queryClient(outcome.db);
	return client.remember(`quality of ${contract.id} as at ${asAt}`, version, () => checkQuality(client, contract, asAt));
}
