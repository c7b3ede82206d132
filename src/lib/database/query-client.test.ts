import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Table } from 'apache-arrow';
import { rowsOf } from './arrow-rows';
import type { Connector, SqlValue } from './database';
import { openNodeDatabase, type NodeDatabase } from './duckdb-node';
import { QueryClient, queryClient } from './query-client';

let db: NodeDatabase;
beforeEach(async () => {
	db = await openNodeDatabase();
});
afterEach(() => db.close());

/** A connector that answers each statement only when the test lets it, recording when each began. */
function heldConnector(inner: Connector) {
	const began: string[] = [];
	const waiting: (() => void)[] = [];
	const connector: Connector = {
		async query(statement: string, params?: readonly SqlValue[]): Promise<Table> {
			began.push(statement);
			await new Promise<void>((release) => waiting.push(release));
			return inner.query(statement, params);
		}
	};
	return { connector, began, releaseNext: () => waiting.shift()?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('QueryClient', () => {
	it('runs statements one at a time, in the order they were asked', async () => {
		const held = heldConnector(db);
		const client = new QueryClient(held.connector);
		const first = client.query('SELECT 1 AS n');
		const second = client.query('SELECT ? AS n', [2]);
		await settle();
		// The second has not begun while the first is still running.
		expect(held.began).toEqual(['SELECT 1 AS n']);
		held.releaseNext();
		await first;
		await settle();
		expect(held.began).toEqual(['SELECT 1 AS n', 'SELECT ? AS n']);
		held.releaseNext();
		expect(rowsOf<{ n: number }>(await second)).toEqual([{ n: 2 }]);
	});

	it('runs the next statement after one that failed, and rejects only the failed caller', async () => {
		const client = new QueryClient(db);
		const failed = client.query('SELECT * FROM no_such_table');
		const next = client.query('SELECT 3 AS n');
		await expect(failed).rejects.toThrow(/no_such_table/);
		expect(rowsOf<{ n: number }>(await next)).toEqual([{ n: 3 }]);
	});

	it('remembers an answer once per key and version, works it out again for a new version, and keeps no failure', async () => {
		const client = new QueryClient(db);
		let runs = 0;
		const work = async () => ++runs;
		expect(await client.remember('k', 1, work)).toBe(1);
		expect(await client.remember('k', 1, work)).toBe(1);
		expect(await client.remember('k', 2, work)).toBe(2);
		expect(await client.remember('other', 2, work)).toBe(3);
		client.forget('k');
		expect(await client.remember('k', 2, work)).toBe(4);
		// Without a version, nothing is kept.
		expect(await client.remember('k', undefined, work)).toBe(5);
		expect(await client.remember('k', undefined, work)).toBe(6);
		await expect(client.remember('failing', 1, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
		expect(await client.remember('failing', 1, work)).toBe(7);
	});

	it('is one client per connector, and a client is its own', () => {
		const client = queryClient(db);
		expect(queryClient(db)).toBe(client);
		expect(queryClient(client)).toBe(client);
		expect(queryClient({ query: db.query })).not.toBe(client);
	});
});
