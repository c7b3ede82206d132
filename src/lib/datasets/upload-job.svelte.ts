/**
 * One uploaded file's journey: read and recognised in a worker, checked there
 * with progress, then loaded into its dataset all or nothing. `cancel` stops
 * it at any point before the load, leaving every dataset as it was.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { contractById, contracts } from '$lib/contracts/registry';
import type { CheckResult } from '$lib/validation/check-csv';
import { maxFileBytes, maxTextBytes, megabytes } from '$lib/validation/decode-text';
import { bulkThresholdBytes, readHead } from './bulk-upload';
import { applyLargeUpload, applyUpload, checkLargeUpload, discardLargeUpload } from './dataset-registry.svelte';
import type { LoadMode } from './load-extract';
import type { PreparedUpload } from './prepare-upload';
import { recognise, recogniseFileForce, type ForceRecognition } from './recognise';
import type { UploadReply } from './upload-messages';
import UploadWorker from './upload-worker?worker';
import { errorMessage } from '$lib/error-message';

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
	/** True while the file takes the large-file path: DuckDB reads and checks it, and counts no rows as it goes. */
	large = $state(false);
	prepared = $state<Pick<PreparedUpload, 'check' | 'loadedRows' | 'setAside'> | undefined>();
	check = $state<CheckResult | undefined>();
	message = $state('');
	/** False when the browser would not keep the file on the device: loaded for this session only. */
	kept = $state(true);
	/** The police force the file holds (police.uk files), from its name and its Falls within column. */
	force = $state<ForceRecognition | undefined>();

	#worker: Worker | undefined;
	/** Aborted by Cancel: stops a large file's read on the query engine. */
	readonly #stop = new AbortController();
	/** A large file DuckDB could not read goes to the worker, already checked against this dataset. */
	#fallbackContract: DatasetContract | undefined;

	constructor(
		readonly file: File,
		readonly mode: LoadMode,
		readonly setAsideInvalid: boolean
	) {
		void this.#start();
	}

	/** A file whose name and Falls within name different forces is refused before it is read. */
	async #start(): Promise<void> {
		const force = await recogniseFileForce(this.file).catch(() => undefined);
		if (this.phase === 'cancelled') return;
		if (force && !force.ok) return void ((this.phase = 'unreadable'), (this.message = force.reason));
		this.force = force;
		if (this.file.size > bulkThresholdBytes) void this.#readLarge();
		else this.#startWorker();
	}

	/** The small-file path: papaparse in a worker reads the whole text, counting rows as it checks. */
	#startWorker(engineReason?: string): void {
		if (this.file.size > maxTextBytes) {
			this.phase = 'unreadable';
			const why = engineReason ? ` The query engine could not read it: ${engineReason.replace(/\.$/, '')}.` : '';
			this.message = `the file is ${megabytes(this.file.size)}, and a file that is not UTF-8 with one kind of line ending can be at most ${megabytes(maxTextBytes)}.${why} Save it as "CSV UTF-8 (Comma delimited)", or split it into smaller files (for example by year) and load them together.`;
			return;
		}
		this.large = false;
		const worker = new UploadWorker();
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<UploadReply>) => void this.#receive(event.data);
		worker.onerror = (event) => this.#fail(event.message || 'the file could not be read.');
		void this.file.arrayBuffer().then(
			(bytes) => worker.postMessage({ kind: 'read', file: this.file.name, bytes }, [bytes]),
			() => this.#fail('the browser could not read the file.')
		);
	}

	/** The large-file path: only the first lines are read here, to recognise the dataset; DuckDB reads the rest. */
	async #readLarge(): Promise<void> {
		const head = await readHead(this.file).catch(() => ({ ok: false, reason: 'the browser could not read the file.' }) as const);
		if (this.phase === 'cancelled') return;
		if (!head.ok) return void ((this.phase = 'unreadable'), (this.message = head.reason));
		if (this.file.size > maxFileBytes) {
			this.phase = 'unreadable';
			this.message = `the file is ${megabytes(this.file.size)}; the limit is ${megabytes(maxFileBytes)}. Split it into smaller files (for example by year) and load them together.`;
			return;
		}
		// DuckDB reads UTF-8 only: Excel's Windows-1252 is read the small-file way.
		if (head.encoding === 'Windows-1252') return this.#startWorker();
		this.large = true;
		const recognition = recognise(head.text, contracts);
		this.encoding = head.encoding;
		this.header = recognition.header;
		this.approximateRows = head.approximateRows;
		this.candidates = [...recognition.exact, ...recognition.near];
		if (recognition.exact.length === 1 && recognition.exact[0]) this.choose(recognition.exact[0]);
		else this.phase = 'choose';
	}

	/** Checks the file against a dataset the user chose. */
	choose(contract: DatasetContract): void {
		this.contract = contract;
		this.phase = 'checking';
		if (this.large) void this.#checkLarge(contract);
		else this.#worker?.postMessage({ kind: 'prepare', dataset: contract.id, setAsideInvalid: this.setAsideInvalid });
	}

	async #checkLarge(contract: DatasetContract): Promise<void> {
		try {
			const outcome = await checkLargeUpload(contract, this.file, this.setAsideInvalid, this.#stop.signal);
			if (this.phase === 'cancelled') {
				if (outcome.kind === 'prepared') await discardLargeUpload(contract, outcome.staging);
				return;
			}
			switch (outcome.kind) {
				case 'cancelled':
					return;
				case 'unread':
					// Not readable by DuckDB as the check needs (not UTF-8, mixed line endings): the small-file path reads it.
					this.#fallbackContract = contract;
					this.phase = 'reading';
					return this.#startWorker(outcome.reason);
				case 'rejected':
					this.check = outcome.check;
					this.phase = 'rejected';
					return;
				case 'prepared': {
					const { check, loadedRows, setAside } = outcome;
					this.prepared = { check, loadedRows, setAside };
					this.rowsRead = check.rowCount;
					this.phase = 'loading';
					this.kept = (await applyLargeUpload(contract, this.file, outcome, this.mode, this.setAsideInvalid)).kept;
					this.phase = 'loaded';
				}
			}
		} catch (error) {
			this.phase = 'failed';
			this.message = `${errorMessage(error)} The dataset is as it was.`;
		}
	}

	/** Stops before anything is loaded. */
	cancel(): void {
		if (this.phase === 'loading' || this.#settled()) return;
		this.#worker?.terminate();
		this.phase = 'cancelled';
		// A large file's read on the query engine stops too, so the next load need not wait for it.
		this.#stop.abort();
	}

	#settled(): boolean {
		return ['loaded', 'rejected', 'unreadable', 'failed', 'cancelled'].includes(this.phase);
	}

	#fail(message: string): void {
		this.#worker?.terminate();
		if (!this.#settled()) (this.phase = 'failed'), (this.message = message);
	}

	async #receive(reply: UploadReply): Promise<void> {
		if (this.phase === 'cancelled') return;
		switch (reply.kind) {
			case 'unreadable':
				this.#worker?.terminate();
				this.phase = 'unreadable';
				this.message = reply.reason;
				return;
			case 'read':
				this.encoding = reply.encoding;
				this.header = reply.header;
				this.approximateRows = reply.approximateRows;
				this.candidates = [...reply.exact, ...reply.near].map(contractById);
				if (this.#fallbackContract) this.choose(this.#fallbackContract);
				else if (reply.exact.length === 1) this.choose(contractById(reply.exact[0] ?? ''));
				else this.phase = 'choose';
				return;
			case 'progress':
				this.rowsRead = reply.rowsRead;
				return;
			case 'rejected':
				this.#worker?.terminate();
				this.check = reply.check;
				this.phase = 'rejected';
				return;
			case 'error':
				return this.#fail(reply.message);
			case 'prepared': {
				this.#worker?.terminate();
				this.prepared = reply.prepared;
				this.rowsRead = reply.prepared.check.rowCount;
				this.phase = 'loading';
				try {
					this.kept = (await applyUpload(this.contract as DatasetContract, this.file.name, reply.prepared, this.mode)).kept;
					this.phase = 'loaded';
				} catch (error) {
					this.phase = 'failed';
					this.message = `${errorMessage(error)} The dataset is as it was.`;
				}
			}
		}
	}
}
