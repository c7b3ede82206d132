import { formatCount } from '$lib/format/uk';
import type { StraddlingItems } from './engagement';
import type { EngagementChange, EngagementReport } from './engagement-reports';

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
/** How many types a report's sentence names before "and n other items". */
const namedTypes = 5;

function reportSentence(report: EngagementReport): string {
	const counted = report.types.filter((row) => row.counted > 0);
	const named = counted.slice(0, namedTypes).map((row) => `${row.engagement_type} ${formatCount(row.counted)}`);
	const others = counted.slice(namedTypes).reduce((total, row) => total + row.counted, 0);
	if (others > 0) named.push(`${plural(others, 'other item')}`);
	const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
	const extras = [
		report.alsoReported > 0 ? `gives ${formatCount(report.alsoReported)} more that may overlap other counts, not added` : '',
		report.notCounted > 0 ? `mentions ${plural(report.notCounted, 'activity', 'activities')} without a number` : ''
	].filter(Boolean);
	const counts = named.length ? `counts ${formatCount(report.counted)}: ${list}.` : 'counts no items that can be added.';
	return `The report for ${report.label} ${counts}` + (extras.length ? ` It also ${extras.join(', and ')}.` : '');
}

/**
 * A plain-English paragraph generated from the engagement figures: the total
 * without double counting, each report's largest counts, what is reported but
 * not added, the change between the last two reports, and what the filters
 * leave out.
 */
export function engagementSummary(
	reports: readonly EngagementReport[],
	changes: readonly EngagementChange[],
	straddling: StraddlingItems,
	periodText: string,
	area: string | null
): string {
	const where = area ? `in ${area}` : 'across Leicester, Leicestershire and Rutland';
	const total = reports.reduce((sum, report) => sum + report.counted, 0);
	const sentences = reports.length
		? [`For ${periodText} ${where}, the Commissioner's reports to the Panel count ${plural(total, 'item')} of engagement, without double counting.`]
		: [`The Commissioner's reports to the Panel record no engagement for ${periodText} ${where}.`];
	sentences.push(...reports.map(reportSentence));
	const [earlier, later] = reports.slice(-2);
	const compared = changes.filter((c) => c.change !== null);
	if (reports.length >= 2 && earlier && later && compared.length) {
		const shown = compared.slice(0, 3).map((c) => `${c.type} ${c.change?.text ?? ''}`);
		sentences.push(
			`From the ${earlier.shortLabel} report to the ${later.shortLabel} report: ${shown.join('; ')}. The reports cover different lengths of time and count differently, so these compare what was reported, not a trend.`
		);
	}
	if (area) sentences.push(`Items for the whole of LLR (LLR-wide) have no single area, so they are left out when an area is chosen.`);
	if (straddling.items > 0) {
		sentences.push(
			`${plural(straddling.items, 'count')} covering a span that runs beyond ${periodText} cannot be split and ${straddling.items === 1 ? 'is' : 'are'} not included.`
		);
	}
	return sentences.join(' ');
}
