import { describe, expect, it } from 'vitest';
import { screenThreshold } from './report-context';
import { defaultThreshold } from './suppression';

describe('screenThreshold', () => {
	it('suppresses small counts on the working screen by default, as in the pack', () => {
		expect(screenThreshold(new URLSearchParams(''))).toBe(defaultThreshold);
	});
	it('takes another threshold from the link', () => {
		expect(screenThreshold(new URLSearchParams('suppress=10'))).toBe(10);
	});
	it('shows every count only when a private session turns suppression off', () => {
		expect(screenThreshold(new URLSearchParams('suppress=off'))).toBeUndefined();
	});
});
