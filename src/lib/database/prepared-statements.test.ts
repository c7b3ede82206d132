import { describe, expect, it } from 'vitest';
import type { SqlValue } from './database';
import { isRead, PreparedStatements, type Preparer } from './prepared-statements';

/** A connection that records what it was asked: each statement answers its SQL and parameters. */
function recordingConnection(failing: readonly string[] = []) {
	const log: string[] = [];
	const connection: Preparer<string> = {
		async prepare(sql: string) {
			log.push(`prepare ${sql}`);
			if (failing.includes(sql)) throw new Error(`Parser Error: ${sql}`);
			return {
				async query(...params: SqlValue[]) {
					log.push(`run ${sql} [${params.join(', ')}]`);
					return `${sql} with ${params.join(', ')}`;
				},
				async close() {
					log.push(`close ${sql}`);
				}
			};
		}
	};
	return { connection, log };
}

describe('prepared statements kept for reuse', () => {
	it('prepares a read once and runs it again with new parameters', async () => {
		const { connection, log } = recordingConnection();
		const statements = new PreparedStatements(connection);
		expect(await statements.run('SELECT ?', ['Blaby'])).toBe('SELECT ? with Blaby');
		expect(await statements.run('SELECT ?', ['Melton'])).toBe('SELECT ? with Melton');
		expect(log).toEqual(['prepare SELECT ?', 'run SELECT ? [Blaby]', 'run SELECT ? [Melton]']);
	});

	it('closes a statement that writes straight after running it', async () => {
		const { connection, log } = recordingConnection();
		const statements = new PreparedStatements(connection);
		await statements.run('CREATE OR REPLACE TEMP TABLE t AS SELECT ?', [1]);
		await statements.run('CREATE OR REPLACE TEMP TABLE t AS SELECT ?', [2]);
		expect(log.filter((line) => line.startsWith('prepare'))).toHaveLength(2);
		expect(log.filter((line) => line.startsWith('close'))).toHaveLength(2);
		expect(statements.size).toBe(0);
	});

	it('closes the least recently used statement beyond its capacity', async () => {
		const { connection, log } = recordingConnection();
		const statements = new PreparedStatements(connection, 2);
		await statements.run('SELECT 1 + ?', [1]);
		await statements.run('SELECT 2 + ?', [1]);
		await statements.run('SELECT 1 + ?', [1]); // used again: now the most recent
		await statements.run('SELECT 3 + ?', [1]);
		await Promise.resolve();
		expect(statements.size).toBe(2);
		expect(log.filter((line) => line.startsWith('close'))).toEqual(['close SELECT 2 + ?']);
	});

	it('does not keep a statement that failed to prepare', async () => {
		const { connection, log } = recordingConnection(['SELECT nonsense ?']);
		const statements = new PreparedStatements(connection);
		await expect(statements.run('SELECT nonsense ?', [1])).rejects.toThrow('Parser Error');
		await expect(statements.run('SELECT nonsense ?', [1])).rejects.toThrow('Parser Error');
		expect(log.filter((line) => line.startsWith('prepare'))).toHaveLength(2);
		expect(statements.size).toBe(0);
	});
});

describe('which statements only read', () => {
	it('sees through the comments a measure file opens with', () => {
		expect(isRead('-- Crimes by month\n-- $1: the area\nWITH x AS (SELECT 1) SELECT * FROM x')).toBe(true);
		expect(isRead('/* counts */ SELECT count(*) FROM street_crime_counts WHERE district = ?')).toBe(true);
	});

	it('treats anything that changes the database as a write', () => {
		expect(isRead('-- rebuilt on each load\nCREATE OR REPLACE TEMP TABLE street_crime_counts AS SELECT ?')).toBe(false);
		expect(isRead('INSERT INTO t SELECT ?')).toBe(false);
		expect(isRead('WITH x AS (SELECT ?) INSERT INTO t SELECT * FROM x')).toBe(false);
		expect(isRead('DELETE FROM t WHERE a = ?')).toBe(false);
	});
});
