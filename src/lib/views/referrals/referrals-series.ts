import type { Series } from '$lib/charts/line-layout';
import { referralServices } from '$lib/contracts/referrals';
import { formatAverage as formatAverageOfCounts, formatCount, monthLabel } from '$lib/format/uk';
import type { ReferralMonth } from './referrals';
import { periodChange } from '$lib/shaping/period-change';

/** One row of a service's table: the chart's figures in words. */
export type ReferralTableRow = {
	month: string;
	referrals: string;
	average: string;
	lastYear: string;
	change: string;
};

/** One service's chart and table. */
export interface ServiceSeries {
	readonly service: string;
	/** Month labels along the x axis: "Apr 2023". */
	readonly periods: readonly string[];
	readonly series: readonly Series[];
	readonly rows: readonly ReferralTableRow[];
	readonly total: number;
	readonly latest: ReferralMonth | undefined;
	readonly illustrative: boolean;
}

/** A 3-month average of referrals, to the precision the counts support: 1533.3 → "1,533", 12.33 → "12.3". */
export const formatAverage = formatAverageOfCounts;

/**
 * Shapes monthly rows into one chart and table per service, in the contract's
 * order: the month's referrals, the 3-month rolling average, and the same
 * month last year (dashed, a comparison). Gaps stay gaps, never zeros.
 */
export function referralSeries(months: readonly ReferralMonth[]): ServiceSeries[] {
	return referralServices
		.map((service) => months.filter((row) => row.service === service))
		.filter((rows) => rows.length > 0)
		.map((rows) => ({
			service: rows[0]!.service,
			periods: rows.map((row) => monthLabel(row.month)),
			series: [
				{ key: 'referrals', label: 'Referrals in the month', values: rows.map((row) => row.referrals), colour: 0 },
				{ key: 'average', label: '3-month rolling average', values: rows.map((row) => row.rolling_average), colour: 1 },
				{ key: 'last-year', label: 'Same month last year', values: rows.map((row) => row.last_year), colour: 4, dashed: true }
			],
			rows: rows.map((row) => ({
				month: monthLabel(row.month, true),
				referrals: formatCount(row.referrals),
				average: row.rolling_average === null ? 'not enough months' : formatAverage(row.rolling_average),
				lastYear: row.last_year === null ? 'not held' : formatCount(row.last_year),
				change: row.last_year === null ? 'no figure for last year' : periodChange(row.last_year, row.referrals).text
			})),
			total: rows.reduce((sum, row) => sum + row.referrals, 0),
			latest: rows.at(-1),
			illustrative: rows.some((row) => row.illustrative)
		}));
}
