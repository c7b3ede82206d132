import { describe, expect, it } from 'vitest';
import { checkResult, checkTone } from './check-result';

describe('checkResult', () => {
	it('names a passed check Pass, a failed warning Warning, and a failed error Fail', () => {
		expect(checkResult(true, 'warning')).toBe('Pass');
		expect(checkResult(false, 'warning')).toBe('Warning');
		expect(checkResult(false, 'error')).toBe('Fail');
	});
	it('never words a warning as a failure, in words or in colour', () => {
		expect(checkTone(checkResult(false, 'warning'))).toBe('warn');
	});
	it('gives no verdict on illustrative figures, passed or failed', () => {
		expect(checkResult(true, 'error', true)).toBe('Illustrative, no verdict');
		expect(checkResult(false, 'error', true)).toBe('Illustrative, no verdict');
	});
});
