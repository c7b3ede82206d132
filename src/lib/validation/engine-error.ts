import { errorMessage } from '$lib/error-message';

/**
 * An error from the query engine in a plain sentence. DuckDB's messages run
 * to 1,500 characters of hints meant for programmers ("This type was
 * auto-detected…"); what a user needs is the value and the column it would
 * not go into. The checks catch such values first, located; this is for any
 * the engine still refuses.
 */

const conversion = /Could not convert string "?'?(.*?)'?"? to '?(\w+)'?/i;
const column = /column "?([^"\n]+?)"? /i;

/** Names the SQL type a user reads: INT32 is "a whole number". */
const typeWords: Record<string, string> = {
	INT32: 'a whole number the database can hold (up to 2,147,483,647)',
	INTEGER: 'a whole number the database can hold (up to 2,147,483,647)',
	DATE: 'a date',
	BOOLEAN: 'true or false'
};

/** One sentence for an engine error: the value and column when the engine names them, else its first line, short. */
export function engineErrorSentence(error: unknown): string {
	const message = errorMessage(error);
	const converting = conversion.exec(message);
	if (converting) {
		const [, value = '', type = ''] = converting;
		const where = column.exec(message)?.[1];
		const expected = typeWords[type.toUpperCase()] ?? (type.toUpperCase().startsWith('DECIMAL') ? 'a number the database can hold' : `a value of type ${type}`);
		return `the database could not store the value "${value.slice(0, 40)}"${where ? ` in the column ${where}` : ''}: expected ${expected}. Nothing was loaded.`;
	}
	const first = (message.split('\n')[0] ?? '').trim();
	return `the database could not read the file (${first.length > 200 ? `${first.slice(0, 200)}…` : first}). Nothing was loaded.`;
}
