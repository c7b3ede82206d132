/**
 * Quality reports for loaded datasets, computed once per dataset version and
 * shared by the Data page and the warnings on each view.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { datasetVersions, loadDataset } from '$lib/datasets/dataset-registry.svelte';
import { checkQuality, type QualityReport } from './quality-checks';

const reports = new Map<string, Promise<QualityReport | undefined>>();

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
export function qualityReport(contract: DatasetContract, asAt: string = today()): Promise<QualityReport | undefined> {
	const key = `${contract.id}@${datasetVersions[contract.id] ?? 0}@${asAt}`;
	let report = reports.get(key);
	if (!report) {
		report = loadDataset(contract).then((outcome) => (outcome.status === 'ready' ? checkQuality(outcome.db, contract, asAt) : undefined));
		reports.set(key, report);
	}
	return report;
}
