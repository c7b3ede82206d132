import { expect, it } from 'vitest';
import { errorMessage } from './error-message';

it('gives an Error’s message without its name, and anything else thrown as text', () => {
	expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
	expect(errorMessage('worker stopped')).toBe('worker stopped');
	expect(errorMessage(42)).toBe('42');
});
