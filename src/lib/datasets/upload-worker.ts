/**
 * Reads and checks an uploaded file off the page's thread, so the page stays
 * responsive and a progress bar can show rows read. One worker per file:
 * cancelling a load terminates it, before anything reaches the database.
 */
import { contractById, contracts } from '$lib/contracts/registry';
import { sha256Hex } from '$lib/validation/sha256';
import { prepareUpload } from './prepare-upload';
import { readUpload } from './read-upload';
import type { UploadReply, UploadRequest } from './upload-messages';
import { errorMessage } from '$lib/error-message';

let file = '';
let text = '';
/** The file's own bytes' digest, for the provenance of a file without provenance columns. */
let sha256 = '';
const reply = (message: UploadReply) => postMessage(message);

onmessage = (event: MessageEvent<UploadRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'read') {
			file = request.file;
			const bytes = new Uint8Array(request.bytes);
			const read = readUpload(request.file, bytes, contracts);
			if (!read.ok) return reply({ kind: 'unreadable', reason: read.reason });
			text = read.text;
			sha256 = sha256Hex(bytes);
			let lines = 0;
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
			reply({
				kind: 'read',
				encoding: read.encoding,
				header: read.recognition.header,
				exact: read.recognition.exact.map((contract) => contract.id),
				near: read.recognition.near.map((contract) => contract.id),
				approximateRows: Math.max(0, lines - 1)
			});
		} else {
			const result = prepareUpload(
				file,
				text,
				contractById(request.dataset),
				request.setAsideInvalid,
				(rowsRead) => reply({ kind: 'progress', rowsRead }),
				undefined,
				{ provenance: { sha256, loadedAt: new Date().toISOString() } }
			);
			reply('prepared' in result ? { kind: 'prepared', prepared: result.prepared } : { kind: 'rejected', check: result.rejected });
		}
	} catch (error) {
		reply({ kind: 'error', message: errorMessage(error) });
	}
};
