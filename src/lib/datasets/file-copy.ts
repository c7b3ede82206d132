/**
 * A chosen file's bytes are read once: the same bytes are kept for the device
 * and digested for its provenance, so no file is read or copied twice.
 */

/** The SHA-256 of bytes already read, as hex, by the platform's own digest (native, off the page's thread). */
export async function sha256OfBytes(bytes: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A chosen file's bytes, read once: kept as a copy (IndexedDB may keep a File
 * as a reference to the file on disk, and a file moved or deleted after
 * loading must not break the next reload), and digested from the same bytes.
 */
export async function keepCopy(blob: Blob): Promise<{ readonly kept: Blob; readonly sha256: string }> {
	const bytes = await blob.arrayBuffer();
	return { kept: new Blob([bytes], { type: blob.type }), sha256: await sha256OfBytes(bytes) };
}
