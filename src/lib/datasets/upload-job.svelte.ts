/**
 * Files chosen together, loaded as one change: each is recognised by its
 * header, then checked by DuckDB's reader into staging, a dataset's files
 * that share a header in one read (one progress bar for them all), then, if every file passed, each dataset
 * they belong to takes its files in one all-or-nothing change. If any file is
 * rejected, nothing is loaded. What a load would replace, and any file loaded
 * before, is said before anything is done. `cancel` stops it at any point
 * before the change, leaving every dataset as it was.
 */
import type { DatasetContract } from '$lib/contracts/contract';
import { contracts } from '$lib/contracts/registry';
import { loadFailure, noRoomFailure } from './load-failure';
import type { CheckResult } from '$lib/validation/check-csv';
import { maxFileBytes, megabytes } from '$lib/validation/decode-text';
import { readHead } from './bulk-upload';
import type { LoadPlan } from './dataset-store';
import { applyLoad, discardStaged, planLoad, shortOfRoomFor, stageUploads } from './dataset-registry.svelte';
import { fileList } from './load-words';
import { marked, timed } from './load-marks';
import { recognise, recogniseFileForce, type ForceRecognition } from './recognise';
import type { LoadMode } from './saved-uploads';
import type { StagedFile } from './stage-file';

/** Where a load is. */
export type LoadPhase = 'reading' | 'choose' | 'checking' | 'confirm' | 'loading' | 'loaded' | 'rejected' | 'failed' | 'cancelled';

/** One chosen file on its way. */
export class ChosenFile {
	state = $state<'reading' | 'choose' | 'waiting' | 'checking' | 'staged' | 'rejected' | 'unreadable' | 'cancelled'>('reading');
	contract = $state.raw<DatasetContract | undefined>();
	/** Datasets the user may choose from when the header fits none exactly. */
	candidates = $state.raw<readonly DatasetContract[]>([]);
	header = $state<readonly string[]>([]);
	encoding = $state('');
	check = $state<CheckResult | undefined>();
	reason = $state('');
	staged = $state.raw<StagedFile | undefined>();
	/** The police force the file holds (police.uk files), from its name and its Falls within column. */
	force = $state<ForceRecognition | undefined>();

	constructor(readonly file: File) {}
}

/** One dataset's part of a load: its files, what the load changes, and how it ended. */
export interface DatasetLoad {
	readonly contract: DatasetContract;
	readonly files: readonly StagedFile[];
	readonly plan: LoadPlan;
	kept?: boolean;
	failed?: string;
}

/** Files chosen together; see the top of this file. */
export class LoadJob {
	phase = $state<LoadPhase>('reading');
	readonly files: ChosenFile[];
	readonly totalBytes: number;
	bytesChecked = $state(0);
	checking = $state('');
	loads = $state.raw<DatasetLoad[]>([]);
	message = $state('');

	readonly #stop = new AbortController();
	#chosen: (() => void) | undefined;
	#confirmed: ((go: boolean) => void) | undefined;

	constructor(
		files: readonly File[],
		readonly mode: LoadMode,
		readonly setAsideInvalid: boolean
	) {
		this.files = files.map((file) => new ChosenFile(file));
		this.totalBytes = files.reduce((sum, file) => sum + file.size, 0);
		void this.#run();
	}

	/** The files that stop the load, with what is wrong. */
	get refused(): ChosenFile[] {
		return this.files.filter((file) => file.state === 'rejected' || file.state === 'unreadable');
	}

	/** Sets the dataset of a file whose header fits more than one. */
	choose(file: ChosenFile, contract: DatasetContract): void {
		file.contract = contract;
		file.state = 'waiting';
		if (this.files.every((each) => each.state !== 'choose')) this.#chosen?.();
	}

	/** Answers the question asked before a load that replaces wholesale or loads a file again. */
	confirm(go: boolean): void {
		this.#confirmed?.(go);
	}

	/** Stops before anything is loaded. */
	cancel(): void {
		if (this.phase === 'loading' || this.#settled()) return;
		this.phase = 'cancelled';
		this.#stop.abort();
		this.#chosen?.();
		this.#confirmed?.(false);
	}

	#settled(): boolean {
		return ['loaded', 'rejected', 'failed', 'cancelled'].includes(this.phase);
	}

	async #run(): Promise<void> {
		const staged: StagedFile[] = [];
		try {
			await timed('recognise', () => Promise.all(this.files.map((file) => this.#recognise(file))));
			if (this.files.some((file) => file.state === 'choose')) {
				this.phase = 'choose';
				await new Promise<void>((resolve) => (this.#chosen = resolve));
			}
			if (this.#stop.signal.aborted) return;
			// Asked before anything is read: a database file the device has no room for stops the engine for good.
			const toRead = this.files.filter((file) => file.state === 'waiting');
			const short = await shortOfRoomFor(toRead.reduce((sum, file) => sum + file.file.size, 0));
			if (short) {
				this.phase = 'failed';
				this.message = noRoomFailure(fileList(toRead.map((file) => file.file.name)), short.needed, short.free);
				return;
			}
			this.phase = 'checking';
			const stagingStart = performance.now();
			// Each dataset's files are read together, in one read where they share a header.
			for (const contract of contracts) {
				const chosen = this.files.filter((file) => file.state === 'waiting' && file.contract?.id === contract.id);
				if (!chosen.length || this.#stop.signal.aborted) continue;
				for (const file of chosen) file.state = 'checking';
				this.checking = chosen.length === 1 ? (chosen[0] as ChosenFile).file.name : `${chosen.length} ${contract.title.toLowerCase()} files together`;
				await stageUploads(
					contract,
					chosen.map((file) => file.file),
					this.setAsideInvalid,
					this.#stop.signal,
					(index, outcome) => {
						const file = chosen[index] as ChosenFile;
						this.bytesChecked += file.file.size;
						if (outcome.kind === 'staged') {
							file.staged = outcome.file;
							file.state = 'staged';
							staged.push(outcome.file);
						} else if (outcome.kind === 'rejected') {
							file.check = outcome.check;
							file.state = 'rejected';
						} else if (outcome.kind === 'unreadable') {
							file.reason = outcome.reason;
							file.state = 'unreadable';
						} else file.state = 'cancelled';
					}
				);
			}
			marked('read and check every file', stagingStart);
			if (this.#stop.signal.aborted) return void (await discardStaged(staged));
			if (this.refused.length) {
				await discardStaged(staged);
				this.phase = 'rejected';
				return;
			}
			const loads: DatasetLoad[] = [];
			for (const contract of contracts) {
				// By id: a chosen file's contract is held in reactive state, a proxy of the registry's object.
				const files = this.files.filter((each) => each.staged && each.contract?.id === contract.id).map((each) => each.staged as StagedFile);
				if (files.length) loads.push({ contract, files, plan: await timed('plan', () => planLoad(contract, files, this.mode)) });
			}
			if (!loads.length) throw new Error('None of the files could be matched to a dataset.');
			this.loads = loads;
			if (loads.some((load) => load.plan.askFirst)) {
				this.phase = 'confirm';
				const go = await new Promise<boolean>((resolve) => (this.#confirmed = resolve));
				if (!go) {
					await discardStaged(staged);
					this.phase = 'cancelled';
					return;
				}
			}
			this.phase = 'loading';
			for (const load of this.loads) {
				try {
					load.kept = (await timed('apply', () => applyLoad(load.contract, load.files, this.mode))).kept;
				} catch (error) {
					load.failed = `${loadFailure(error, fileList(load.files.map((file) => file.name)))} The ${load.contract.title.toLowerCase()} is as it was.`;
				}
			}
			this.loads = [...this.loads];
			this.phase = this.loads.every((load) => load.failed) ? 'failed' : 'loaded';
		} catch (error) {
			await discardStaged(staged).catch(() => undefined);
			this.phase = 'failed';
			this.message = `${loadFailure(error, this.checking || fileList(this.files.map((file) => file.file.name)))} Every dataset is as it was.`;
		}
	}

	/** Reads a file's first lines and recognises its dataset by the header. */
	async #recognise(file: ChosenFile): Promise<void> {
		if (file.file.size > maxFileBytes) {
			file.state = 'unreadable';
			file.reason = `the file is ${megabytes(file.file.size)}; the limit is ${megabytes(maxFileBytes)}. Split it into smaller files (for example by year) and load them together.`;
			return;
		}
		const head = await readHead(file.file).catch(() => ({ ok: false, reason: 'the browser could not read the file.' }) as const);
		if (!head.ok) return void ((file.state = 'unreadable'), (file.reason = head.reason));
		const recognition = recognise(head.text, contracts, file.file.name);
		// A file whose name and Falls within name different forces is refused before it is read.
		const force = await recogniseFileForce(file.file).catch(() => undefined);
		if (force && !force.ok) return void ((file.state = 'unreadable'), (file.reason = force.reason));
		file.force = force;
		file.encoding = head.encoding;
		file.header = recognition.header;
		file.candidates = [...recognition.exact, ...recognition.near];
		if (recognition.exact.length === 1 && recognition.exact[0]) {
			file.contract = recognition.exact[0];
			file.state = 'waiting';
		} else if (file.candidates.length) file.state = 'choose';
		else {
			file.state = 'unreadable';
			file.reason = 'its header matches no dataset. See the data dictionary below for the columns each dataset needs.';
		}
	}
}
