/**
 * Where a series skips periods. A series leaves out a period with no figure
 * (a police.uk month with no file, a month an extract does not cover) rather
 * than give it as zero; an XmR chart must then not treat the points either
 * side as neighbours: the jump between December 2019 and August 2022 is not a
 * month-to-month variation, and seven months on one side of the mean with
 * years missing among them are not "seven in a row". Wheeler's moving range is
 * the difference between successive values; Making Data Count's runs count
 * successive points.
 */
import type { SeriesPoint } from './xmr';

/** The length of one period of a series, in months ("week" series are keyed by day). */
const monthsPerPeriod = { month: 1, quarter: 3 } as const;

/** Months from one "YYYY-MM" key to another, or null when either is not such a key. */
function monthsApart(from: string, to: string): number | null {
	const month = /^(\d{4})-(\d{2})/;
	const a = month.exec(from);
	const b = month.exec(to);
	if (!a || !b) return null;
	return (Number(b[1]) - Number(a[1])) * 12 + (Number(b[2]) - Number(a[2]));
}

/** Days from one "YYYY-MM-DD" key to another, or null when either is not such a key. */
function daysApart(from: string, to: string): number | null {
	const day = /^\d{4}-\d{2}-\d{2}$/;
	if (!day.test(from) || !day.test(to)) return null;
	return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Whether periods are missing between two points of a series, by its unit (a key it cannot read is taken as no gap). */
export function skipsPeriods(unit: 'month' | 'week' | 'quarter', before: string, after: string): boolean {
	if (unit === 'week') {
		const days = daysApart(before, after);
		return days !== null && days > 7;
	}
	const months = monthsApart(before, after);
	return months !== null && months > monthsPerPeriod[unit];
}

/** The points with `afterGap` set on each that follows missing periods (and cleared on every other). */
export function markGaps(points: readonly SeriesPoint[], unit: 'month' | 'week' | 'quarter'): SeriesPoint[] {
	return points.map((point, index) => {
		const { afterGap: _given, ...rest } = point;
		const before = points[index - 1];
		return before && skipsPeriods(unit, before.period, point.period) ? { ...rest, afterGap: true } : rest;
	});
}

/** A stretch of missing periods: the index of the point after it, and the labels of the points either side. */
export interface SeriesGap {
	readonly index: number;
	readonly after: string;
	readonly before: string;
}

/** Each stretch of missing periods in a series marked by `markGaps`, in order: what the chart draws and the summary words. */
export function gapsIn(points: readonly Pick<SeriesPoint, 'label' | 'afterGap'>[]): SeriesGap[] {
	return points.flatMap((point, index) => {
		const previous = points[index - 1];
		return point.afterGap && previous ? [{ index, after: previous.label, before: point.label }] : [];
	});
}
