import type { DatasetContract } from '$lib/contracts/contract';
import { decodeText } from '$lib/validation/decode-text';
import { recognise, type Recognition } from './recognise';

/** A file the user dropped or picked, read and recognised, before it is checked. */
export type ReadUpload =
	| { readonly ok: true; readonly file: string; readonly text: string; readonly encoding: string; readonly recognition: Recognition }
	| { readonly ok: false; readonly file: string; readonly reason: string };

/** Reads a file's bytes and recognises its dataset by the header. */
export function readUpload(file: string, bytes: Uint8Array, contracts: readonly DatasetContract[]): ReadUpload {
	if (bytes.length === 0) return { ok: false, file, reason: 'the file is empty.' };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, file, reason: decoded.reason };
	const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
	if (text.trim() === '') return { ok: false, file, reason: 'the file holds only blank lines.' };
	return { ok: true, file, text, encoding: decoded.encoding, recognition: recognise(text, contracts) };
}
