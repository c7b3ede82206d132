import { isSuppressed, suppressedSymbol } from '$lib/exports/suppression';
import { formatCount, formatDate, formatPercent } from '$lib/format/uk';
import type { CustodyCompliance, VisitTotals } from './custody-visiting';
import type { MeasureTarget } from '$lib/measures/measure-targets';
import { complianceStatus, targetWords } from './custody-bars';
import { suiteAreas } from './custody-suites';

/** What the custody summary is generated from. */
export interface CustodySummaryInput {
	/** The period and area in words: "2023/24 in Leicester". */
	readonly periodText: string;
	readonly area: string | null;
	/** The suites in the chosen area; empty when it has none. */
	readonly suitesInArea: readonly string[];
	readonly compliance: CustodyCompliance;
	readonly missed: readonly { suite: string; week: string }[];
	readonly totals: VisitTotals | null;
	readonly illustrative: boolean;
	/** The visiting standard's target, from the measures-and-aims data. */
	readonly target: MeasureTarget;
	/**
	 * Counts of visits, detainees and issues below this are given as [c], as
	 * the tables beside the summary give them (the panel pack, or when chosen).
	 */
	readonly threshold?: number;
}

const count = (n: number, noun: string, plural = `${noun}s`) => `${formatCount(n)} ${n === 1 ? noun : plural}`;
const share = (part: number, whole: number) => (whole > 0 ? ` (${formatPercent((100 * part) / whole)})` : '');
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Where the suites are, from the suite-to-area table, for an area that has none. */
function whereSuitesAre(): string {
	const byArea = new Map<string, string[]>();
	for (const [suite, area] of Object.entries(suiteAreas)) byArea.set(area, [...(byArea.get(area) ?? []), suite]);
	return [...byArea].map(([area, suites]) => `${list(suites)}, in ${area}`).join('; ');
}

/** The missed weeks in words: each named when there are a few, else how many. */
function missedSentence(missed: CustodySummaryInput['missed']): string {
	if (missed.length === 0) return 'No open suite went a week without a completed visit.';
	if (missed.length > 5) return `${formatCount(missed.length)} suite-weeks had no completed visit; the week-by-week grid shows which.`;
	const named = missed.map((m) => `${m.suite} in the week beginning ${formatDate(m.week)}`);
	return `${missed.length === 1 ? 'The week' : 'The weeks'} with no completed visit: ${list(named)}.`;
}

/**
 * Scheduled against completed visits, detainees and issues, in words. A count
 * hidden as [c] takes no percentage either, which would give it away.
 */
function visitSentences(totals: VisitTotals, threshold: number | undefined): string[] {
	const hidden = (n: number) => threshold !== undefined && isSuppressed(n, threshold);
	const number = (n: number) => (hidden(n) ? suppressedSymbol : formatCount(n));
	const counted = (n: number, noun: string, plural = `${noun}s`) => (hidden(n) ? `${suppressedSymbol} ${plural}` : count(n, noun, plural));
	const shareOf = (part: number, whole: number) => (hidden(part) || hidden(whole) ? '' : share(part, whole));
	const was = (n: number) => (n === 1 && !hidden(n) ? 'was' : 'were');
	const sentences = [
		totals.scheduled_visits === 0
			? 'No visits were scheduled.'
			: `${number(totals.scheduled_completed)} of ${counted(totals.scheduled_visits, 'scheduled visit')} ${was(totals.scheduled_completed)} completed${shareOf(totals.scheduled_completed, totals.scheduled_visits)}, and ${counted(totals.additional_completed, 'more visit')} ${was(totals.additional_completed)} made in addition to the rota.`
	];
	if (totals.completed_visits === 0) return sentences;
	sentences.push(
		`On ${counted(totals.completed_visits, 'completed visit')}, visitors found ${counted(totals.detainees_held, 'detainee')} held, offered a visit to ${number(totals.detainees_offered)}${shareOf(totals.detainees_offered, totals.detainees_held)} and saw ${number(totals.detainees_seen)}${shareOf(totals.detainees_seen, totals.detainees_offered)} of those offered; ${number(totals.detainees_declined)} declined.`
	);
	const issues = totals.issues_rights_entitlements + totals.issues_health_wellbeing + totals.issues_conditions_facilities;
	sentences.push(
		issues === 0
			? 'They raised no issues.'
			: `They raised ${counted(issues, 'issue')}: ${number(totals.issues_rights_entitlements)} about rights and entitlements, ${number(totals.issues_health_wellbeing)} about health and wellbeing and ${number(totals.issues_conditions_facilities)} about conditions and facilities.`
	);
	return sentences;
}

/**
 * A plain-English paragraph generated from the custody measures: the visiting
 * standard with its counts and status, the weeks missed, scheduled against
 * completed visits, detainees and issues. Nothing in it is typed by hand.
 */
export function custodySummary(input: CustodySummaryInput): string {
	if (input.suitesInArea.length === 0) {
		return `There is no custody suite in ${input.area ?? 'this area'}, so no custody visits are recorded for it. LLR's custody suites are: ${whereSuitesAre()}.`;
	}
	const { suiteWeeks, visitedSuiteWeeks, percent } = input.compliance;
	if (suiteWeeks === 0) return `No open custody suite-weeks are recorded for ${input.periodText}.`;
	const sentences = [
		`In ${input.periodText}, ${formatCount(visitedSuiteWeeks)} of ${count(suiteWeeks, 'open custody suite-week')}${share(visitedSuiteWeeks, suiteWeeks)} had at least one completed independent custody visit, against the standard of at least one visit a week to each primary suite, and to the standby suite in weeks it was open (target ${targetWords(input.target)}): ${complianceStatus(percent, input.target, input.illustrative).replace('Illustrative, no verdict', 'illustrative, no verdict')}.`,
		missedSentence(input.missed)
	];
	if (input.totals) sentences.push(...visitSentences(input.totals, input.threshold));
	if (input.illustrative) sentences.push('These figures are an illustrative sample, not published figures.');
	return sentences.join(' ');
}
