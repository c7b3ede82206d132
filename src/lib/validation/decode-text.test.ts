import { describe, expect, it } from 'vitest';
import { decodeText, maxTextBytes } from './decode-text';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeText', () => {
	it('reads UTF-8, dropping a byte-order mark', () => {
		const text = 'area,£\nMelton,1\n';
		expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'UTF-8' });
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
		expect(decodeText(withBom)).toEqual({ ok: true, text, encoding: 'UTF-8 with BOM' });
	});

	it('reads Windows-1252, as Excel writes it: £ is 0xA3 and é is 0xE9', () => {
		// "£5,café" in Windows-1252.
		const decoded = decodeText(bytes(0xa3, 0x35, 0x2c, 0x63, 0x61, 0x66, 0xe9));
		expect(decoded).toEqual({ ok: true, text: '£5,café', encoding: 'Windows-1252' });
	});

	it('refuses a binary file', () => {
		// The start of a .xlsx (a zip file).
		const decoded = decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
		expect(decoded.ok).toBe(false);
		expect(decoded.ok === false && decoded.reason).toContain('binary file');
	});

	it('refuses to read as text a file over the size limit, saying what the limit is', () => {
		const decoded = decodeText(new Uint8Array(maxTextBytes + 1));
		expect(decoded.ok === false && decoded.reason).toContain('can be at most 200 MB');
	});
});
