import type { ChartFigures } from '$lib/exports/chart-csv';

/** What every chart's downloads carry besides its picture: one definition for all chart kinds. */
export interface ChartDownloads {
	/** The chart's figures for the CSV download, header first; each chart has its own default. */
	readonly exportRows?: ChartFigures;
	/** Columns of `exportRows` that count people or events, suppressed when small in downloads. */
	readonly countColumns?: readonly string[];
	/** Citation lines the downloads carry. */
	readonly sources?: readonly string[];
	/** The period the figures cover, in words. */
	readonly period?: string;
}
