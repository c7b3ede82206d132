import { describe, expect, it } from 'vitest';
import { isPresenting, neighbourView, viewAddress, withPresenting } from './presenting';
import { views } from '$lib/views/registry';

describe('presenting mode', () => {
	it('is on only for present=1 in the address', () => {
		expect(isPresenting(new URLSearchParams('present=1'))).toBe(true);
		expect(isPresenting(new URLSearchParams('present=0'))).toBe(false);
		expect(isPresenting(new URLSearchParams(''))).toBe(false);
	});

	it('turns on and off without touching the filters', () => {
		const url = new URL('http://localhost/custody-visiting?period=2023%2F24-Q3&area=Leicester');
		expect(withPresenting(url, true)).toBe('/custody-visiting?period=2023%2F24-Q3&area=Leicester&present=1');
		expect(withPresenting(new URL(`http://localhost${withPresenting(url, true)}`), false)).toBe('/custody-visiting?period=2023%2F24-Q3&area=Leicester');
	});

	it('steps through the views in the navigation order and stops at either end', () => {
		const paths: string[] = [];
		let view = neighbourView('/', 1);
		while (view) {
			paths.push(view.path);
			view = neighbourView(view.path, 1);
		}
		expect(paths).toEqual(views.map((v) => v.path));
		expect(neighbourView(views[0]!.path, -1)).toBeUndefined();
		expect(neighbourView(views[1]!.path, -1)?.path).toBe(views[0]!.path);
	});

	it('keeps the filters and presenting mode when it moves to another view', () => {
		expect(viewAddress(new URL('http://localhost/budget?period=2023%2F24&present=1#top'), '/engagement')).toBe('/engagement?period=2023%2F24&present=1');
	});
});
