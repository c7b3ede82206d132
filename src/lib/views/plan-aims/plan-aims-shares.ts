import type { Bar } from '$lib/charts/bar-layout';
import { formatCount, formatPercent } from '$lib/format/uk';

/** A theme's aims, and how many of them at least one measure evidences. */
export interface ThemeAims {
	readonly theme: string;
	readonly aims: number;
	readonly evidenced: number;
}

/** The share of a theme's aims that are evidenced, in per cent; 0 for a theme with no aims. */
export function evidencedShare(row: ThemeAims): number {
	return row.aims > 0 ? (100 * row.evidenced) / row.aims : 0;
}

/**
 * One bar per theme, as the share of its aims evidenced, labelled with the
 * counts it is made of: themes have four to six aims, so a count would draw
 * "2 of 6" as long as "2 of 4"; as a share it is visibly shorter.
 */
export function aimsEvidencedBars(rows: readonly ThemeAims[]): Bar[] {
	return rows.map((row) => {
		const share = evidencedShare(row);
		return {
			key: row.theme,
			label: row.theme,
			value: share,
			valueLabel: `${formatCount(row.evidenced)} of ${formatCount(row.aims)} aims (${formatPercent(share)})`,
			group: 0
		};
	});
}
