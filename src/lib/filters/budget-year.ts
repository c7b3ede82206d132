import { financialYearLabel, financialYearOf, periodRange, type Period } from './period';

/**
 * The budget year a URL asks for: its own `year`, else the financial year of
 * the shared period filter (a quarter or month picks the year it falls in), so
 * a link from another view opens the budget on the same year.
 */
export function budgetYearFromUrl(params: URLSearchParams, period: Period): string | null {
	const year = params.get('year');
	if (year) return year;
	if (period.kind === 'all') return null;
	return financialYearLabel(financialYearOf(periodRange(period).start));
}
