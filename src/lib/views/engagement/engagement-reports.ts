import type { Bar } from '$lib/charts/bar-layout';
import { formatCount, formatDate } from '$lib/format/uk';
import type { EngagementByType } from './engagement';
import { periodChange, type PeriodChange } from '$lib/shaping/period-change';

/** One report to the Panel: the span it covers and its counts by type. */
export interface EngagementReport {
	readonly sourceDocument: string;
	readonly start: string;
	readonly end: string;
	/** "12 May 2016 to 19 August 2016". */
	readonly label: string;
	/** "May–Aug 2016", for chart labels. */
	readonly shortLabel: string;
	readonly types: readonly EngagementByType[];
	/** Items counted without double counting. */
	readonly counted: number;
	readonly alsoReported: number;
	readonly notCounted: number;
}

/** One type's counted items in the earlier and the later report; null where that report counts none. */
export interface EngagementChange {
	readonly type: string;
	readonly earlier: number | null;
	readonly later: number | null;
	/** Null unless both reports count the type: a type one report leaves out is not a fall to 0. */
	readonly change: PeriodChange | null;
}

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthOf = (iso: string) => shortMonths[Number(iso.slice(5, 7)) - 1] ?? '';
const sum = (rows: readonly EngagementByType[], key: 'counted' | 'also_reported' | 'not_counted') => rows.reduce((total, row) => total + row[key], 0);

/** An engagement type in words, capitalised: "partner meeting" → "Partner meeting". */
export function typeLabel(type: string): string {
	return type.charAt(0).toUpperCase() + type.slice(1);
}

/** A span in months: "May–Aug 2016", "Nov 2023", "Dec 2016–Jan 2017". */
export function shortSpan(start: string, end: string): string {
	const [startYear, endYear] = [start.slice(0, 4), end.slice(0, 4)];
	if (startYear !== endYear) return `${monthOf(start)} ${startYear}–${monthOf(end)} ${endYear}`;
	return monthOf(start) === monthOf(end) ? `${monthOf(end)} ${endYear}` : `${monthOf(start)}–${monthOf(end)} ${endYear}`;
}

/** Groups the by-type rows into reports, oldest first, keeping the SQL's order within each. */
export function engagementReports(rows: readonly EngagementByType[]): EngagementReport[] {
	const byDocument = new Map<string, EngagementByType[]>();
	for (const row of rows) byDocument.set(row.source_document, [...(byDocument.get(row.source_document) ?? []), row]);
	return [...byDocument.values()]
		.map((types) => {
			const { source_document, report_start, report_end } = types[0]!;
			return {
				sourceDocument: source_document,
				start: report_start,
				end: report_end,
				label: `${formatDate(report_start)} to ${formatDate(report_end)}`,
				shortLabel: shortSpan(report_start, report_end),
				types,
				counted: sum(types, 'counted'),
				alsoReported: sum(types, 'also_reported'),
				notCounted: sum(types, 'not_counted')
			};
		})
		.sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * The change in each type's counted items from the second-last report to the
 * last. Only types both reports count are compared; a type only one report
 * counts is listed without a change, since the other report simply did not
 * count it. Compared types first, largest later count first. Empty with fewer
 * than two reports.
 */
export function engagementChanges(reports: readonly EngagementReport[]): EngagementChange[] {
	const [earlier, later] = reports.slice(-2);
	if (!earlier || !later || reports.length < 2) return [];
	const countOf = (report: EngagementReport, type: string) => {
		const counted = report.types.find((row) => row.engagement_type === type)?.counted ?? 0;
		return counted > 0 ? counted : null;
	};
	const types = [...new Set([...earlier.types, ...later.types].filter((row) => row.counted > 0).map((row) => row.engagement_type))];
	const rank = (c: EngagementChange) => (c.change ? 0 : 1);
	return types
		.map((type) => {
			const [before, after] = [countOf(earlier, type), countOf(later, type)];
			return { type, earlier: before, later: after, change: before !== null && after !== null ? periodChange(before, after) : null };
		})
		.sort((a, b) => rank(a) - rank(b) || (b.later ?? 0) - (a.later ?? 0) || (b.earlier ?? 0) - (a.earlier ?? 0) || a.type.localeCompare(b.type));
}

/** One bar per type a report counts items for, largest first; a chart per report keeps labels short. */
export function engagementBars(report: EngagementReport): Bar[] {
	return report.types
		.filter((row) => row.counted > 0)
		.map((row) => ({
			key: row.engagement_type,
			label: typeLabel(row.engagement_type),
			value: row.counted,
			valueLabel: formatCount(row.counted),
			group: 0
		}));
}
