import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sourceRegister } from '$lib/contracts/source-register';
import { citationLines } from '$lib/exports/citation-lines';
import { checkCsv } from '$lib/validation/check-csv';
import { citationText, citedSource } from './citation-text';
import { sourceDocuments } from './source-register';

type Row = Record<string, string>;
const manifest = JSON.parse(readFileSync('data/extracts.json', 'utf8')) as { dataset: string; file: string }[];
const rowsOf = (file: string): Row[] => Papa.parse<Row>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
const register = rowsOf('source-register.csv');
const sourcesFolder = '../shared/sources';

/** Every citation the embedded extracts carry: each row's provenance, and measure targets' sources ("id, place"). */
const citations = manifest.flatMap(({ file }) =>
	rowsOf(file).flatMap((row) => {
		const found = [{ file, source_document: row['source_document'] ?? '', source_ref: row['source_ref'] ?? '' }];
		const target = row['target_source'];
		if (target) found.push({ file, source_document: target.split(',')[0] ?? '', source_ref: target.split(',').slice(1).join(',').trim() });
		return found;
	})
);

// What must never reach a reader: the names of the extracts and of the text extractions, a hash, a text line number.
const dataFiles = readdirSync('data');
const textFiles = [...register.map((row) => row['text_file'] ?? '').filter(Boolean), ...(existsSync(sourcesFolder) ? readdirSync(sourcesFolder) : [])];
function internalNames(text: string): string[] {
	const found = [...dataFiles, ...textFiles].filter((name) => text.includes(name));
	if (/\b[0-9a-f]{12,}\b/i.test(text)) found.push('a hash');
	if (/\blines? \d/i.test(text)) found.push('a line number');
	if (/generate-sample|\.txt\b|\.js\b/.test(text)) found.push('a file name');
	if (/\b00\d(_| para| line)/.test(text)) found.push('a text file number');
	return found;
}

describe('the source register', () => {
	it('passes its contract, with one entry per id', () => {
		const text = readFileSync('data/source-register.csv', 'utf8');
		expect(checkCsv('source-register.csv', text, sourceRegister).problems).toEqual([]);
		const ids = register.map((row) => row['source_id']);
		expect(new Set(ids).size).toBe(ids.length);
		expect(sourceDocuments.map((document) => document.id)).toEqual(ids);
	});

	it('maps every published entry to its text extraction, internally', () => {
		for (const row of register.filter((entry) => entry['source_id'] !== 'illustrative-sample')) {
			expect(row['text_file'], row['source_id']).toMatch(/\.txt$/);
			if (existsSync(sourcesFolder)) expect(existsSync(`${sourcesFolder}/${row['text_file']}`), row['text_file']).toBe(true);
		}
		// Nothing a page reads from the register holds the mapping.
		for (const document of sourceDocuments) expect(internalNames(JSON.stringify(document)), document.id).toEqual([]);
	});
});

describe('the manifest', () => {
	it('says which extracts hold illustrative rows, as their rows do, so a page can say so before the database starts', () => {
		const flags = JSON.parse(readFileSync('data/extracts.json', 'utf8')) as { file: string; illustrative: boolean }[];
		for (const { file, illustrative } of flags) expect(illustrative, file).toBe(rowsOf(file).some((row) => row['illustrative'] === 'true'));
	});
});

describe('citations in the embedded extracts', () => {
	it('are many, so the checks below check something', () => {
		expect(citations.length).toBeGreaterThan(1000);
	});

	it('each resolve to an entry of the source register', () => {
		const unresolved = citations.filter((citation) => citedSource(citation.source_document).kind !== 'document');
		expect(unresolved.map(({ file, source_document }) => `${file}: ${source_document}`)).toEqual([]);
	});

	it('cite illustrative rows as the illustrative sample, and published rows never so', () => {
		for (const { file } of manifest) {
			for (const row of rowsOf(file)) {
				if (file === 'source-register.csv') continue;
				expect(row['source_document'] === 'illustrative-sample', `${file}: ${row['source_document']}`).toBe(row['illustrative'] === 'true');
			}
		}
	});

	it('are worded with no file name, hash or line number, one by one and as the Sources lists group them', () => {
		const worded = new Set(citations.map(citationText));
		const offending = [...worded].filter((text) => internalNames(text).length > 0);
		expect(offending).toEqual([]);
		for (const { file } of manifest) {
			const lines = citationLines(citations.filter((citation) => citation.file === file));
			expect(lines.filter((line) => internalNames(line).length > 0)).toEqual([]);
		}
	});

	it('are worded as a reader holding the paper looks them up', () => {
		expect(citationText({ source_document: 'commissioners-update-2023-12', source_ref: 'paragraph 14' })).toBe(
			"Commissioner's Update to the Police and Crime Panel, 13 December 2023, paragraph 14"
		);
		expect(citationText({ source_document: 'illustrative-sample', source_ref: 'monthly sample' })).toBe('Illustrative sample, monthly sample');
	});
});
