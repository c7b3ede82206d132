/**
 * One uploaded file's journey: read and recognised in a worker, checked there
 * with progress, then loaded into its dataset all or nothing. `cancel` stops
 * it at any point before the load, leaving every dataset as it was.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { contractById } from '$lib/contracts/registry';
import type { CheckResult } from '$lib/validation/check-csv';
import { applyUpload } from './dataset-registry.svelte';
import type { LoadMode } from './load-extract';
import type { PreparedUpload } from './prepare-upload';
import type { UploadReply } from './upload-messages';
import UploadWorker from './upload-worker?worker';

export type UploadPhase = 'reading' | 'choose' | 'checking' | 'loading' | 'loaded' | 'rejected' | 'unreadable' | 'failed' | 'cancelled';

export class UploadJob {
	phase = $state<UploadPhase>('reading');
	encoding = $state('');
	header = $state<readonly string[]>([]);
	/** Datasets the user may choose from when the header fits none exactly. */
	candidates = $state<readonly DatasetContract[]>([]);
	contract = $state<DatasetContract | undefined>();
	rowsRead = $state(0);
	approximateRows = $state(0);
	prepared = $state<PreparedUpload | undefined>();
	check = $state<CheckResult | undefined>();
	message = $state('');
	/** False when the browser would not keep the file on the device: loaded for this session only. */
	kept = $state(true);

	readonly #worker = new UploadWorker();

	constructor(
		readonly file: File,
		readonly mode: LoadMode,
		readonly setAsideInvalid: boolean
	) {
		this.#worker.onmessage = (event: MessageEvent<UploadReply>) => void this.#receive(event.data);
		this.#worker.onerror = (event) => this.#fail(event.message || 'the file could not be read.');
		void file.arrayBuffer().then(
			(bytes) => this.#worker.postMessage({ kind: 'read', file: file.name, bytes }, [bytes]),
			() => this.#fail('the browser could not read the file.')
		);
	}

	/** Checks the file against a dataset the user chose. */
	choose(contract: DatasetContract): void {
		this.contract = contract;
		this.phase = 'checking';
		this.#worker.postMessage({ kind: 'prepare', dataset: contract.id, setAsideInvalid: this.setAsideInvalid });
	}

	/** Stops before anything is loaded. */
	cancel(): void {
		if (this.phase === 'loading' || this.#settled()) return;
		this.#worker.terminate();
		this.phase = 'cancelled';
	}

	#settled(): boolean {
		return ['loaded', 'rejected', 'unreadable', 'failed', 'cancelled'].includes(this.phase);
	}

	#fail(message: string): void {
		this.#worker.terminate();
		if (!this.#settled()) (this.phase = 'failed'), (this.message = message);
	}

	async #receive(reply: UploadReply): Promise<void> {
		if (this.phase === 'cancelled') return;
		switch (reply.kind) {
			case 'unreadable':
				this.#worker.terminate();
				this.phase = 'unreadable';
				this.message = reply.reason;
				return;
			case 'read':
				this.encoding = reply.encoding;
				this.header = reply.header;
				this.approximateRows = reply.approximateRows;
				this.candidates = [...reply.exact, ...reply.near].map(contractById);
				if (reply.exact.length === 1) this.choose(contractById(reply.exact[0] ?? ''));
				else this.phase = 'choose';
				return;
			case 'progress':
				this.rowsRead = reply.rowsRead;
				return;
			case 'rejected':
				this.#worker.terminate();
				this.check = reply.check;
				this.phase = 'rejected';
				return;
			case 'error':
				return this.#fail(reply.message);
			case 'prepared': {
				this.#worker.terminate();
				this.prepared = reply.prepared;
				this.rowsRead = reply.prepared.check.rowCount;
				this.phase = 'loading';
				try {
					this.kept = (await applyUpload(this.contract as DatasetContract, this.file.name, reply.prepared, this.mode)).kept;
					this.phase = 'loaded';
				} catch (error) {
					this.phase = 'failed';
					this.message = `${error instanceof Error ? error.message : String(error)} The dataset is as it was.`;
				}
			}
		}
	}
}
