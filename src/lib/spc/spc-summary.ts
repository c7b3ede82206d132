import { formatDecimal, formatPercent } from '$lib/format/uk';
import { assuranceDescriptions } from './assurance';
import { gapsIn } from './period-gaps';
import type { Rule, Side } from './rules';
import type { Variation, XmrAnalysis, XmrPoint } from './xmr';

/** How to word a series: its name, the unit of its periods, and how to print a value. */
export interface SummaryWording {
	readonly measure: string;
	/** One period: "month", "week", "quarter". */
	readonly unit: string;
	readonly format?: (value: number) => string;
}

/** A run of points that one rule marks, on one side, within one period of limits. */
interface SignalGroup {
	readonly rule: Rule;
	readonly side: Side;
	readonly points: readonly XmrPoint[];
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count in words up to twelve, in figures above. */
function countWords(count: number): string {
	return numberWords[count] ?? String(count);
}

/** What a signal means, in words. */
function meaning(variation: Variation): string {
	return variation === 'improvement' ? 'an improvement' : variation === 'concern' ? 'a concern' : 'a change, neither better nor worse in itself';
}

/** How far apart two marked points of one run may be: a two-of-three run may skip a point. */
const allowedGap: Record<Rule, number> = { 'beyond-limit': 0, shift: 1, trend: 1, 'two-of-three': 2 };

/** Every run of points each rule marks, in the order they end (a point beyond a limit is a run of one). */
function signalGroups(analysis: XmrAnalysis): SignalGroup[] {
	const groups: (SignalGroup & { end: number })[] = [];
	const keys = new Set(analysis.points.flatMap((point) => point.hits.map((hit) => `${hit.rule}:${hit.side}`)));
	for (const key of keys) {
		const [rule, side] = key.split(':') as [Rule, Side];
		let current: { indices: number[] } | null = null;
		const close = () => {
			if (current) groups.push({ rule, side, points: current.indices.map((index) => analysis.points[index]!), end: current.indices[current.indices.length - 1]! });
			current = null;
		};
		analysis.points.forEach((point, index) => {
			if (!point.hits.some((hit) => hit.rule === rule && hit.side === side)) return;
			const previous: number | undefined = current?.indices[current.indices.length - 1];
			// Runs either side of missing periods are two runs, even when the points are next to each other in the list.
			const acrossGap = previous !== undefined && analysis.points.slice(previous + 1, index + 1).some((between) => between.afterGap);
			const joins = previous !== undefined && index - previous <= allowedGap[rule] && analysis.points[previous]?.segment === point.segment && !acrossGap;
			if (!joins) close();
			if (current) current.indices.push(index);
			else current = { indices: [index] };
		});
		close();
	}
	return groups.sort((a, b) => a.end - b.end);
}

/** One sentence for one run of signals, with counts beside any percentage. */
function describe(group: SignalGroup, analysis: XmrAnalysis, wording: SummaryWording, isLatestPoint: boolean): string {
	const format = wording.format ?? formatDecimal;
	const first = group.points[0]!;
	const last = group.points[group.points.length - 1]!;
	const limits = analysis.segments[first.segment]?.limits;
	const mean = limits?.mean ?? 0;
	const count = group.points.length;
	const units = `${wording.unit}${count === 1 ? '' : 's'}`;
	const side = group.side === 'high' ? 'above' : 'below';
	const so = meaning(last.variation);
	switch (group.rule) {
		case 'beyond-limit': {
			const difference = first.value - mean;
			const percent = mean === 0 ? '' : `, ${difference > 0 ? '+' : '−'}${formatPercent(Math.abs((difference / mean) * 100))}`;
			const limit = group.side === 'high' ? limits?.upperProcessLimit : limits?.lowerProcessLimit;
			return `${first.label}: ${format(first.value)}, ${format(Math.abs(difference))} ${side} the average of ${format(mean)}${percent}, beyond the ${group.side === 'high' ? 'upper' : 'lower'} process limit (${format(limit ?? 0)}): a signal, not noise, and ${so}.`;
		}
		case 'shift':
			return `${countWords(count)} ${units} in a row ${side} the average (${format(mean)}) ${isLatestPoint ? `since ${first.label}` : `from ${first.label} to ${last.label}`}, a shift, not noise: ${so}.`;
		case 'trend':
			return `${countWords(count)} ${units} in a row ${group.side === 'high' ? 'rising' : 'falling'}, from ${first.label} (${format(first.value)}) to ${last.label} (${format(last.value)}), a trend, not noise: ${so}.`;
		case 'two-of-three':
			return `${countWords(count)} of three ${wording.unit}s close to the ${group.side === 'high' ? 'upper' : 'lower'} process limit, ending ${last.label}: a signal, not noise, and ${so}.`;
	}
}

/** Capitalises the first letter of a sentence. */
function sentence(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter, for a phrase that follows a measure's name. */
function phrase(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Each stretch of missing periods, in words: what the chart and the rules do with it. */
function gapPhrases(analysis: XmrAnalysis, wording: SummaryWording): string[] {
	return gapsIn(analysis.points).map(
		({ after, before }) =>
			`no figures for the ${wording.unit}s between ${after} and ${before}: the line is broken there, and the change across the gap is not counted as ${wording.unit}-to-${wording.unit} noise or as part of a run.`
	);
}

/** The findings as phrases (a period's label keeps its capital; anything else starts in lower case). */
function findingPhrases(analysis: XmrAnalysis, wording: SummaryWording): string[] {
	const format = wording.format ?? formatDecimal;
	const latestSegment = analysis.segments[analysis.segments.length - 1];
	if (analysis.illustrative) {
		return ['illustrative sample: the limits show the method, but invented figures get no signal and no verdict against a target.'];
	}
	if (!latestSegment?.limits) return [phrase(latestSegment?.note || `No ${wording.unit}s to judge.`), ...gapPhrases(analysis, wording)];
	const lastPoint = analysis.points[analysis.points.length - 1];
	const findings = signalGroups(analysis)
		.reverse()
		.map((group) => describe(group, analysis, wording, group.points[group.points.length - 1] === lastPoint));
	if (findings.length === 0) {
		const { lowerProcessLimit: lower, upperProcessLimit: upper } = latestSegment.limits;
		findings.push(`no signal: the variation is what this process usually shows, between ${format(lower)} and ${format(upper)} a ${wording.unit}.`);
	}
	if (analysis.assurance && analysis.target !== null) {
		findings.push(`against the target of ${format(analysis.target)}: ${assuranceDescriptions[analysis.assurance]}.`);
	} else if (analysis.assuranceNote) findings.push(phrase(analysis.assuranceNote));
	if (latestSegment.state === 'provisional') findings.push(phrase(latestSegment.note));
	return [...findings, ...gapPhrases(analysis, wording)];
}

/** Every finding of a series in plain English, the most recent first: its signals, or that there are none, then the assurance. */
export function spcFindings(analysis: XmrAnalysis, wording: SummaryWording): string[] {
	return findingPhrases(analysis, wording).map(sentence);
}

/** The one line a headline shows for a series: its measure and its latest finding. */
export function spcHeadline(analysis: XmrAnalysis, wording: SummaryWording): string {
	const [finding = ''] = findingPhrases(analysis, wording);
	return `${wording.measure}: ${finding}`;
}
