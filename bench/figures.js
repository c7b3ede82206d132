// Turns the raw measurements into the reported figures: each a summary
// (median and spread), a target where issue 6 sets one, and PASS or FAIL.
import { summarise } from './stats.js';
import { stageBreakdown } from './batch.js';

/**
 * @typedef {{ op: '<=' | '>=', value: number, on: 'median' | 'p95' }} Target
 * @typedef {{ id: string, label: string, unit: string, summary: ReturnType<typeof summarise>, target?: Target, result: 'PASS' | 'FAIL' | '', failures?: number, note?: string }} Figure
 */

/**
 * One figure, judged against its target if it has one. A figure with failed
 * runs fails its target: a load that did not finish did not meet it.
 * @param {Omit<Figure, 'result' | 'summary'> & { values: (number | null | undefined)[] }} spec
 * @returns {Figure}
 */
function figure({ values, ...spec }) {
	const summary = summarise(values);
	const failures = spec.failures ?? 0;
	let result = /** @type {Figure['result']} */ ('');
	if (spec.target) {
		const measured = spec.target.on === 'p95' ? summary.p95 : summary.median;
		const meets = measured !== null && (spec.target.op === '<=' ? measured <= spec.target.value : measured >= spec.target.value);
		result = meets && failures === 0 ? 'PASS' : 'FAIL';
	}
	return { ...spec, summary, result };
}

/**
 * Seconds between two phases of a load as the page showed them, or null when either was not seen.
 * @param {{ ok: boolean, phases?: Record<string, number> }} outcome
 * @param {string} from
 * @param {string} to
 */
function phaseSeconds(outcome, from, to) {
	const start = outcome.phases?.[from];
	const end = outcome.phases?.[to];
	return outcome.ok && start !== undefined && end !== undefined ? (end - start) / 1000 : null;
}

/**
 * The per-run ratio a / b for runs where both succeeded.
 * @param {{ a?: number | null, b?: number | null }[]} pairs
 */
function ratios(pairs) {
	return pairs.map(({ a, b }) => (a && b ? a / b : null));
}

/**
 * @param {{ first?: Awaited<ReturnType<typeof import('./first-chart.js').measureFirstChart>>, views?: Awaited<ReturnType<typeof import('./view-first.js').measureViewFirstFigures>>, filter?: Awaited<ReturnType<typeof import('./filter.js').measureFilters>>, ingest?: Awaited<ReturnType<typeof import('./ingest.js').measureIngest>>, batch?: Awaited<ReturnType<typeof import('./batch.js').measureBatches>> }} raw
 * @returns {Figure[]}
 */
export function buildFigures(raw) {
	/** @type {Figure[]} */
	const figures = [];
	if (raw.first) {
		const runs = raw.first;
		const failed = runs.filter((run) => run.error).length;
		const KB = (/** @type {number | undefined} */ bytes) => (bytes === undefined ? null : bytes / 1024);
		figures.push(
			figure({
				id: 'first-chart-cold',
				label: 'First chart, cold (/budget)',
				unit: 'ms',
				values: runs.map((r) => r.cold?.firstChart),
				target: { op: '<=', value: 400, on: 'median' },
				failures: failed
			}),
			figure({
				id: 'first-chart-warm',
				label: 'First chart, warm',
				unit: 'ms',
				values: runs.map((r) => r.warm?.firstChart),
				target: { op: '<=', value: 250, on: 'median' },
				failures: failed
			}),
			figure({ id: 'ready-cold', label: 'Ready for interaction, cold', unit: 'ms', values: runs.map((r) => r.cold?.ready), failures: failed }),
			figure({ id: 'ready-warm', label: 'Ready for interaction, warm', unit: 'ms', values: runs.map((r) => r.warm?.ready), failures: failed }),
			figure({
				id: 'js-before-first-chart',
				label: 'JS arrived before first chart (gzip)',
				unit: 'KB',
				values: runs.map((r) => KB(r.js?.arrivedBeforeChart)),
				target: { op: '<=', value: 150, on: 'median' },
				failures: failed
			}),
			figure({ id: 'js-requested-before-first-chart', label: 'JS requested before first chart (gzip)', unit: 'KB', values: runs.map((r) => KB(r.js?.requestedBeforeChart)) }),
			figure({ id: 'js-by-ready', label: 'Page JS by ready (gzip, excl. workers)', unit: 'KB', values: runs.map((r) => KB(r.js?.byReady)) }),
			figure({ id: 'worker-js', label: 'Worker JS fetched (gzip)', unit: 'KB', values: runs.map((r) => KB(r.workerJs)) }),
			figure({ id: 'wasm-fetched', label: 'WebAssembly fetched (gzip, over the wire)', unit: 'MB', values: runs.map((r) => (r.wasm ? r.wasm.sent / 1024 ** 2 : null)) })
		);
	}
	if (raw.views) {
		// Issue 19: every view's summary and first chart come in the page, worked out at build time.
		for (const [id, result] of Object.entries(raw.views)) {
			const failures = result.failures.length;
			figures.push(
				figure({
					id: `view-first-figures-${id}`,
					label: `First figures, cold (${result.path})`,
					unit: 'ms',
					values: result.runs.map((r) => r.firstFigures),
					target: { op: '<=', value: 400, on: 'median' },
					failures
				}),
				figure({ id: `view-ready-${id}`, label: `… live view ready (${result.path})`, unit: 'ms', values: result.runs.map((r) => r.ready), failures })
			);
		}
	}
	if (raw.filter) {
		for (const [size, result] of Object.entries(raw.filter)) {
			const answered = result.timings.filter((t) => t.ok).map((t) => t.ms);
			const failed = result.timings.length - answered.length + (result.error ? 1 : 0);
			const label = result.fallback ? `Filter response, FALLBACK ${result.path} (embedded data)` : `Filter response, ${size} rows (${result.path})`;
			figures.push(
				figure({
					id: `filter-${size}`,
					label,
					unit: 'ms',
					values: answered,
					failures: failed,
					target: size === '1M' ? { op: '<=', value: 50, on: 'p95' } : undefined,
					note:
						[
							result.error,
							result.note,
							result.uploadFailure
								? `the upload reported a failure (see Ingest), yet ${result.records?.toLocaleString('en-GB')} rows reached the table and were filtered`
								: undefined,
							failed && !result.error ? `${failed} change(s) not answered within 15 s` : undefined
						]
							.filter(Boolean)
							.join('; ') || undefined
				})
			);
			// Issue 17: the XmR charts' limits are recomputed on every change; the first one redrawn, with the summary,
			// is held to the same target as the filter response.
			const limits = result.timings.filter((t) => t.ok && typeof t.limitsMs === 'number').map((t) => /** @type {number} */ (t.limitsMs));
			if (limits.length) {
				figures.push(
					figure({
						id: `filter-${size}-limits`,
						label: `… XmR chart redrawn, limits recomputed, ${size} rows`,
						unit: 'ms',
						values: limits,
						target: size === '1M' ? { op: '<=', value: 50, on: 'p95' } : undefined,
						note: limits.length < answered.length ? `${answered.length - limits.length} change(s) redrew no XmR chart` : undefined
					})
				);
			}
			// The sections below the first chart redraw after it, when the page is idle: shown, not targeted.
			const all = result.timings.filter((t) => t.ok && typeof t.allMs === 'number').map((t) => /** @type {number} */ (t.allMs));
			if (all.length) figures.push(figure({ id: `filter-${size}-all`, label: `… every section redrawn, ${size} rows`, unit: 'ms', values: all }));
		}
	}
	if (raw.ingest) {
		for (const size of [...new Set(raw.ingest.map((entry) => entry.size))]) {
			const runs = raw.ingest.filter((entry) => entry.size === size);
			const uploads = runs.map((r) => r.upload);
			const failedUploads = uploads.filter((u) => !u.ok);
			const rows = runs[0]?.rows ?? 0;
			// One of each kind of message: the same failure differs only in its byte counts from file to file.
			const messages = failedUploads.flatMap((u) => (u.ok ? [] : u.reason.split(' | ').map((reason) => reason.replace(/^\S+\.csv was not loaded: /, ''))));
			const reasons = [...new Map(messages.map((message) => [message.replace(/\d+/g, 'N'), message])).values()];
			const reached = failedUploads.map((u) => u.ms / 1000);
			const sessionOnly = uploads.filter((u) => u.ok && u.sessionOnly > 0).length;
			const sessionNote = sessionOnly
				? `in ${sessionOnly} of ${uploads.length} runs the app loaded the files for this session only: the browser would not keep them on the device (IndexedDB), so a reload loses them`
				: undefined;
			const failureNote = failedUploads.length
				? `${failedUploads.length} run(s) failed after ${reached.map((s) => `${s.toFixed(1)} s`).join(', ')}` +
					(rows
						? ` (so at best ${Math.round(rows / Math.max(...reached)).toLocaleString('en-GB')}–${Math.round(rows / Math.min(...reached)).toLocaleString('en-GB')} rows/s)`
						: '') +
					`: ${reasons.map((reason) => reason.slice(0, 200)).join(' / ')}`
				: undefined;
			const rate = (/** @type {any} */ outcome) => (outcome?.ok ? outcome.rowsPerSecond : null);
			const is1M = size === '1M';
			figures.push(
				figure({
					id: `ingest-${size}-time`,
					label: `Ingest ${size} rows, upload path`,
					unit: 's',
					values: uploads.map((u) => (u.ok ? u.ms / 1000 : null)),
					failures: failedUploads.length,
					target: is1M ? { op: '<=', value: 3, on: 'median' } : undefined,
					note: [failureNote, sessionNote].filter(Boolean).join('; ') || undefined
				}),
				figure({ id: `ingest-${size}-rate`, label: `Ingest ${size}, upload path`, unit: 'rows/s', values: uploads.map(rate), failures: failedUploads.length }),
				figure({
					id: `ingest-${size}-papaparse-arquero`,
					label: `Ingest ${size}, papaparse+arquero`,
					unit: 'rows/s',
					values: runs.map((r) => rate(r.papaparseArquero)),
					note: runs.find((r) => !r.papaparseArquero?.ok)?.papaparseArquero?.reason
				}),
				figure({
					id: `ingest-${size}-duckdb`,
					label: `Ingest ${size}, native DuckDB (Node)`,
					unit: 'rows/s',
					values: runs.map((r) => rate(r.duckdb)),
					note: runs.find((r) => !r.duckdb?.ok)?.duckdb?.reason
				}),
				figure({
					id: `ingest-${size}-duckdb-one-thread`,
					label: `Ingest ${size}, native DuckDB on one thread`,
					unit: 'rows/s',
					values: runs.map((r) => rate(r.duckdbOneThread)),
					note: runs.find((r) => r.duckdbOneThread && !r.duckdbOneThread.ok)?.duckdbOneThread?.reason
				}),
				figure({
					id: `ingest-${size}-vs-papaparse`,
					label: `Upload ÷ papaparse+arquero, ${size}`,
					unit: '×',
					values: ratios(runs.map((r) => ({ a: rate(r.upload), b: rate(r.papaparseArquero) }))),
					failures: is1M ? failedUploads.length : 0,
					note: is1M ? 'the 3× target is retired (issue 19): DuckDB’s own reader on one native thread is only about 4× papaparse + arquero' : undefined
				}),
				// No target: the ceiling for a reader on one thread, which is how DuckDB-WASM reads (see bench/README.md).
				figure({
					id: `ingest-${size}-one-thread-vs-papaparse`,
					label: `Native DuckDB on one thread ÷ papaparse+arquero, ${size}`,
					unit: '×',
					values: ratios(runs.map((r) => ({ a: rate(r.duckdbOneThread), b: rate(r.papaparseArquero) })))
				}),
				figure({
					id: `ingest-${size}-duckdb-vs-upload`,
					label: `Native DuckDB ÷ upload, ${size}`,
					unit: '×',
					values: ratios(runs.map((r) => ({ a: rate(r.duckdb), b: rate(r.upload) }))),
					failures: is1M ? failedUploads.length : 0,
					target: is1M ? { op: '<=', value: 4, on: 'median' } : undefined
				})
			);
			const MB = (/** @type {number | null | undefined} */ bytes) => (bytes ? bytes / 1024 ** 2 : null);
			const withMemory = runs.filter((r) => r.memory?.rendererRssBytes);
			const userAgent = withMemory.some((r) => r.memory?.userAgentSpecificBytes);
			figures.push(
				figure({
					id: `memory-${size}-before-upload`,
					label: `Tab memory before the upload (page open, engine started)`,
					unit: 'MB',
					values: runs.filter((r) => r.memoryBefore?.rendererRssBytes).map((r) => MB(r.memoryBefore?.rendererRssBytes))
				}),
				figure({
					id: `memory-${size}-renderer-rss`,
					label: `Tab memory after ${size} rows (renderer RSS)`,
					unit: 'MB',
					values: withMemory.map((r) => MB(r.memory?.rendererRssBytes)),
					failures: runs.length - withMemory.length,
					target: is1M ? { op: '<=', value: 600, on: 'median' } : undefined,
					note: failedUploads.length ? `${failedUploads.length} of these read after an upload that reported a failure` : undefined
				}),
				figure({ id: `memory-${size}-js-heap`, label: `Main-thread JS memory after ${size} rows`, unit: 'MB', values: withMemory.map((r) => MB(r.memory?.jsHeapUsedBytes)) })
			);
			const reloads = withMemory.map((r) => (r.reload && !('error' in r.reload) ? r.reload : undefined));
			figures.push(
				figure({
					id: `reload-${size}-over-embedded`,
					label: `Reload with ${size} rows kept, beyond the embedded-only ready time (/crime)`,
					unit: 's',
					values: withMemory.map((r, i) => (reloads[i] && r.embeddedReadyMs ? /** @type {{ ms: number }} */ (reloads[i].ms - r.embeddedReadyMs) / 1000 : null)),
					target: size === '1M' ? { op: '<=', value: 1, on: 'median' } : undefined
				}),
				figure({
					id: `memory-${size}-after-reload`,
					label: `Tab memory after a reload with ${size} rows kept`,
					unit: 'MB',
					values: reloads.map((r) => MB(r?.memory?.rendererRssBytes)),
					target: size === '1M' ? { op: '<=', value: 450, on: 'median' } : undefined
				})
			);
			if (userAgent)
				figures.push(
					figure({
						id: `memory-${size}-user-agent`,
						label: `measureUserAgentSpecificMemory after ${size}`,
						unit: 'MB',
						values: withMemory.map((r) => MB(r.memory?.userAgentSpecificBytes))
					})
				);
		}
	}
	if (raw.batch) {
		for (const name of [...new Set(raw.batch.map((entry) => entry.name))]) {
			const runs = raw.batch.filter((entry) => entry.name === name);
			const first = /** @type {(typeof runs)[number]} */ (runs[0]);
			const failed = runs.filter((r) => !r.outcome.ok);
			const note = failed.length
				? `${failed.length} run(s) failed: ${[...new Set(failed.map((r) => (r.outcome.ok ? '' : r.outcome.reason.slice(0, 200))))].join(' / ')}`
				: undefined;
			const rows = first.rows.toLocaleString('en-GB');
			figures.push(
				figure({
					id: `batch-${first.months}-to-crime`,
					label: `${name} (${rows} rows), chosen → Crime view`,
					unit: 's',
					values: runs.map((r) => (r.outcome.ok ? r.outcome.ms / 1000 : null)),
					failures: failed.length,
					target: { op: '<=', value: first.targetSeconds, on: 'median' },
					note
				}),
				// Where the time goes: the load itself, without the way to the Crime view.
				figure({
					id: `batch-${first.months}-loaded`,
					label: `… of which loaded on the Data page`,
					unit: 's',
					values: runs.map((r) => (r.outcome.ok ? r.outcome.loadedMs / 1000 : null))
				}),
				figure({
					id: `batch-${first.months}-checking`,
					label: `… of which reading and checking the files`,
					unit: 's',
					values: runs.map((r) => phaseSeconds(r.outcome, 'checking', 'loading'))
				}),
				figure({
					id: `batch-${first.months}-applying`,
					label: `… of which applying the load and keeping it`,
					unit: 's',
					values: runs.map((r) => phaseSeconds(r.outcome, 'loading', 'loaded'))
				})
			);
			// Kept on the device: a reload against the embedded-only ready time, and a meeting snapshot's size and opening.
			const after = runs.map((r) => (r.after && !('error' in r.after) ? r.after : undefined));
			const afterFailed = runs.filter((r) => r.after && 'error' in r.after).length;
			const reloadTarget = first.rows >= 1_000_000 ? 1 : 0.5;
			figures.push(
				figure({
					id: `batch-${first.months}-reload`,
					label: `… reloaded, every month on screen`,
					unit: 's',
					values: after.map((a) => (a ? a.reloadMs / 1000 : null)),
					failures: afterFailed
				}),
				figure({
					id: `batch-${first.months}-reload-over-embedded`,
					label: `… reload beyond the embedded-only ready time (${reloadTarget === 1 ? '1M rows' : 'a year of files'})`,
					unit: 's',
					values: runs.map((r, i) =>
						after[i] && r.embeddedReadyMs !== null ? /** @type {NonNullable<(typeof after)[number]>} */ (after[i].reloadMs - r.embeddedReadyMs) / 1000 : null
					),
					failures: afterFailed,
					target: first.months === 12 ? { op: '<=', value: reloadTarget, on: 'median' } : undefined
				}),
				figure({
					id: `batch-${first.months}-reload-upload-marks`,
					label: `… upload steps run by the reload (0: no CSV read again)`,
					unit: '',
					values: after.map((a) => (a ? a.uploadMarks : null))
				}),
				figure({
					id: `batch-${first.months}-snapshot-share`,
					label: `… meeting snapshot's size, share of the CSVs`,
					unit: '%',
					values: after.map((a) => (a ? (100 * a.snapshotBytes) / first.bytes : null)),
					failures: afterFailed,
					target: first.months === 12 ? { op: '<=', value: 15, on: 'median' } : undefined
				}),
				figure({
					id: `batch-${first.months}-snapshot-open`,
					label: `… meeting snapshot opened in the tab that saved it, to every month on screen`,
					unit: 's',
					values: after.map((a) => (a ? a.snapshotOpenMs / 1000 : null)),
					failures: afterFailed,
					target: first.months === 12 ? { op: '<=', value: 1, on: 'median' } : undefined
				}),
				figure({
					id: `batch-${first.months}-snapshot-open-after-reset`,
					label: `… the same, after a reset to the embedded data`,
					unit: 's',
					values: after.map((a) => (a ? a.snapshotAfterResetMs / 1000 : null)),
					failures: afterFailed,
					target: first.months === 12 ? { op: '<=', value: 1, on: 'median' } : undefined
				})
			);
			// Each stage the app marks, and the way from the load's end to the Crime view's figures.
			const stages = runs.map((r) => stageBreakdown(r.outcome));
			for (const name of [...new Set(stages.flat().map((stage) => stage.name))]) {
				const values = stages.map((each) => each.find((stage) => stage.name === name)?.seconds ?? null);
				figures.push(figure({ id: `batch-${first.months}-stage-${name.replace(/[^a-z]+/g, '-')}`, label: `… stage: ${name}`, unit: 's', values }));
			}
		}
	}
	return figures;
}
