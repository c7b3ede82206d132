import { safeCsv } from './csv-cells';
import { suppressColumns, suppressionFootnote } from './suppression';

/** A cell of a chart's figures: numbers stay numbers; null is a gap. */
export type FigureCell = string | number | null;

/** A chart's figures as a table: the header, then one row per bar or period. */
export interface ChartFigures {
	readonly header: readonly string[];
	readonly rows: readonly (readonly FigureCell[])[];
}

/** What a chart's CSV carries besides its figures. */
export interface ChartCsvOptions {
	readonly title: string;
	readonly period?: string;
	/** One citation line per source. */
	readonly sources: readonly string[];
	readonly marking: string;
	readonly figures: ChartFigures;
	/** Header names of the columns that count people or events, to suppress. */
	readonly countColumns?: readonly string[];
	readonly threshold?: number;
	/** Further notes, one comment line each (such as "Illustrative sample: ..."). */
	readonly notes?: readonly string[];
}

/**
 * A comment line: "# Label: text". A spreadsheet splits it at commas, so each
 * piece after a comma is escaped as a cell would be (a piece starting = + - @
 * or a quote gets an apostrophe), and line breaks are flattened so that CSV
 * readers that skip "#" lines skip all of it.
 */
export function commentLine(label: string, text: string): string {
	const flat = text.replace(/[\r\n\t]+/g, ' ');
	const pieces = flat.split(',').map((piece, index) => (index > 0 && /^\s*[=+\-@"]/.test(piece) ? `'${piece}` : piece));
	return `# ${label}: ${pieces.join(',')}`;
}

/**
 * A chart's figures as CSV: comment lines for the title, period, each source,
 * the protective marking (and the suppression footnote if a count was
 * suppressed), then the figures, every text cell escaped against formulas.
 */
export function chartCsv(options: ChartCsvOptions): string {
	const { header, rows } = options.figures;
	const { rows: safe, suppressed } = suppressColumns(header, rows, options.countColumns ?? [], options.threshold);
	const lines = [
		commentLine('Title', options.title),
		...(options.period ? [commentLine('Period', options.period)] : []),
		...options.sources.map((source) => commentLine('Source', source)),
		commentLine('Protective marking', options.marking),
		...(options.notes ?? []).map((note) => commentLine('Note', note)),
		...(suppressed > 0 ? [commentLine('Note', suppressionFootnote(options.threshold))] : [])
	];
	const cells = safe.map((row) => row.map((cell) => cell ?? ''));
	return `${lines.join('\r\n')}\r\n${safeCsv(header, cells)}`;
}

/** A file name from a chart's title: lower case, words joined by hyphens. */
export function exportFileName(title: string, extension: string): string {
	const stem = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return `${stem || 'chart'}.${extension}`;
}
