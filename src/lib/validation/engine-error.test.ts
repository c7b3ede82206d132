import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '$lib/database/duckdb-node';
import { engineErrorSentence } from './engine-error';

let db: NodeDatabase;
beforeAll(async () => {
	db = await openNodeDatabase();
});
afterAll(() => db.close());

/** The error DuckDB itself throws for a statement. */
async function engineError(sql: string): Promise<unknown> {
	try {
		await db.query(sql);
	} catch (error) {
		return error;
	}
	throw new Error('expected the engine to refuse the statement');
}

describe('engineErrorSentence', () => {
	it('turns a value the column cannot hold into one short sentence with the value', async () => {
		await db.query('CREATE OR REPLACE TABLE counts (referrals INTEGER)');
		const error = await engineError("INSERT INTO counts SELECT CAST('3000000000' AS INTEGER)");
		const sentence = engineErrorSentence(error);
		expect(sentence).toContain('"3000000000"');
		expect(sentence).toContain('a whole number the database can hold (up to 2,147,483,647)');
		expect(sentence.length).toBeLessThan(200);
	});

	it('keeps any other error to its first line, shortened', async () => {
		const sentence = engineErrorSentence(await engineError("SELECT * FROM read_csv('no-such-file.csv')"));
		expect(sentence.startsWith('the database could not read the file (')).toBe(true);
		expect(sentence).not.toContain('\n');
		expect(sentence.length).toBeLessThan(300);
	});
});
