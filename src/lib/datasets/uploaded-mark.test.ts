import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetUploadedMarks, markUploaded, uploadedOnDevice } from './uploaded-mark';

/** A localStorage in memory, as the browser gives one; `refuse` makes writes fail as a full or blocked store does. */
function memoryLocalStorage() {
	const values = new Map<string, string>();
	return {
		refuse: false,
		getItem: (key: string) => values.get(key) ?? null,
		setItem(key: string, value: string) {
			if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			values.set(key, value);
		},
		removeItem: (key: string) => void values.delete(key)
	};
}

describe('the mark of datasets holding uploads kept on this device', () => {
	let storage: ReturnType<typeof memoryLocalStorage>;
	beforeEach(() => {
		storage = memoryLocalStorage();
		vi.stubGlobal('localStorage', storage);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('answers for any of a view’s datasets, as each was last marked', () => {
		expect(uploadedOnDevice(['referrals', 'measure-aims'])).toBe(false);
		markUploaded('referrals', true);
		expect(uploadedOnDevice(['referrals', 'measure-aims'])).toBe(true);
		expect(uploadedOnDevice(['budget-split'])).toBe(false);
		markUploaded('referrals', false);
		expect(uploadedOnDevice(['referrals', 'measure-aims'])).toBe(false);
	});

	it('forgets every mark on a reset to the embedded data', () => {
		markUploaded('referrals', true);
		markUploaded('street-crime', true);
		forgetUploadedMarks();
		expect(uploadedOnDevice(['referrals', 'street-crime'])).toBe(false);
	});

	it('knows of none where there is no storage, or what it holds is not a list of ids', () => {
		storage.setItem('scrutiny-uploaded-datasets', '{"referrals": true}');
		expect(uploadedOnDevice(['referrals'])).toBe(false);
		vi.unstubAllGlobals();
		// In Node, as when the page is prerendered: there is no localStorage at all.
		expect(uploadedOnDevice(['referrals'])).toBe(false);
		expect(() => markUploaded('referrals', true)).not.toThrow();
	});

	it('keeps working when storage refuses the write: nothing is marked, nothing throws', () => {
		storage.refuse = true;
		expect(() => markUploaded('referrals', true)).not.toThrow();
		expect(uploadedOnDevice(['referrals'])).toBe(false);
	});
});
