import { describe, expect, it } from 'vitest';
import { ViewLoad } from './view-load';

type Figures = { crimes: number[] };
const empty = (figures: Figures) => figures.crimes.length === 0;

describe('ViewLoad', () => {
	it('is loading, unsettled, with nothing to show, before the first answer', () => {
		const load = new ViewLoad<string, Figures>(empty);
		expect(load.state).toEqual({ status: 'loading', value: undefined, input: undefined, error: undefined, settled: false });
		load.begin();
		expect(load.state.status).toBe('loading');
		expect(load.state.settled).toBe(false);
	});

	it('is ready with the figures and the input they were computed for; empty when they hold nothing', () => {
		const load = new ViewLoad<string, Figures>(empty);
		expect(load.succeed(load.begin(), '2023/24', { crimes: [3] })).toBe(true);
		expect(load.state).toEqual({ status: 'ready', value: { crimes: [3] }, input: '2023/24', error: undefined, settled: true });
		load.succeed(load.begin(), '2024/25', { crimes: [] });
		expect(load.state).toMatchObject({ status: 'empty', input: '2024/25', settled: true });
	});

	it('keeps the last figures and their input on screen while the next load runs', () => {
		const load = new ViewLoad<string, Figures>(empty);
		load.succeed(load.begin(), 'Melton', { crimes: [1] });
		load.begin();
		expect(load.state).toEqual({ status: 'ready', value: { crimes: [1] }, input: 'Melton', error: undefined, settled: false });
	});

	it('ignores an answer to an older input once a newer load has begun, whichever settles first', () => {
		const load = new ViewLoad<string, Figures>(empty);
		const older = load.begin();
		const newer = load.begin();
		expect(load.succeed(newer, 'new', { crimes: [2] })).toBe(true);
		expect(load.succeed(older, 'old', { crimes: [9] })).toBe(false);
		expect(load.fail(older, new Error('late failure'))).toBe(false);
		expect(load.state).toMatchObject({ status: 'ready', value: { crimes: [2] }, input: 'new', error: undefined });
	});

	it('words a failure by its message (no "Error:"), and the next success clears it', () => {
		const load = new ViewLoad<string, Figures>(empty);
		load.succeed(load.begin(), 'first', { crimes: [1] });
		load.fail(load.begin(), new Error('The table is missing.'));
		expect(load.state).toMatchObject({ status: 'error', error: 'The table is missing.', settled: true, input: 'first' });
		load.begin();
		// Still shown while the next load runs: only a success clears it.
		expect(load.state).toMatchObject({ status: 'error', settled: false });
		load.succeed(load.begin(), 'third', { crimes: [4] });
		expect(load.state).toEqual({ status: 'ready', value: { crimes: [4] }, input: 'third', error: undefined, settled: true });
	});

	it('settles on a failure before any figures, with nothing to show', () => {
		const load = new ViewLoad<string, Figures>();
		load.fail(load.begin(), 'not an Error');
		expect(load.state).toEqual({ status: 'error', value: undefined, input: undefined, error: 'not an Error', settled: true });
	});
});
