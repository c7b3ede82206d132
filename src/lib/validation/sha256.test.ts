import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
	it('gives the same digest as Node for any bytes, across block boundaries', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
			}),
			{ numRuns: 200, seed: 20261129 }
		);
	});
});
