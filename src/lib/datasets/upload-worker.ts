/**
 * Reads and checks an uploaded file off the page's thread, so the page stays
 * responsive and a progress bar can show rows read. One worker per file:
 * cancelling a load terminates it, before anything reaches the database.
 */
import { contractById, contracts } from '$lib/contracts/registry';
import { prepareUpload } from './prepare-upload';
import { readUpload } from './read-upload';
import type { UploadReply, UploadRequest } from './upload-messages';
import { errorMessage } from '$lib/error-message';

let file = '';
let text = '';
const reply = (message: UploadReply) => postMessage(message);

onmessage = (event: MessageEvent<UploadRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'read') {
			file = request.file;
			const read = readUpload(request.file, new Uint8Array(request.bytes), contracts);
			if (!read.ok) return reply({ kind: 'unreadable', reason: read.reason });
			text = read.text;
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
			const result = prepareUpload(file, text, contractById(request.dataset), request.setAsideInvalid, (rowsRead) =>
				reply({ kind: 'progress', rowsRead })
			);
			reply('prepared' in result ? { kind: 'prepared', prepared: result.prepared } : { kind: 'rejected', check: result.rejected });
		}
	} catch (error) {
		reply({ kind: 'error', message: errorMessage(error) });
	}
};
