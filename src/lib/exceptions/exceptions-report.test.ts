import { describe, expect, it } from 'vitest';
import { steadyNoise } from '$lib/spc/test-series';
import { judged, spike } from './exception-fixtures';
import { exceptionCount, exceptionsReport, isException } from './exceptions-report';
import { homeHeadlines } from './headlines';

const victims = judged('referrals', { id: 'referrals-victim-services', measure: 'Victim service referrals' }, spike);
const restorative = judged('referrals', { id: 'referrals-restorative-justice', measure: 'Restorative justice referrals' }, steadyNoise);
// Limits 90.66 and 110.01 lie either side of a target of 100: hit and miss, an assurance result with no signal.
const burglary = judged('crime', { id: 'crime-burglary', measure: 'Burglary', improvement: 'lower' }, steadyNoise, { target: 100 });
const meetings = judged('engagement', { id: 'engagement-meetings', measure: 'Public meetings', improvement: 'higher' }, spike, { illustrative: true, target: 100 });
// A signal only in 2023 (the spike), then a year of noise after a re-basing: an exception, but not a headline.
const earlier = judged('custody-visiting', { id: 'custody-seen', measure: 'Detainees seen', rebases: [{ period: '2024-01', reason: 'new suite' }] }, [...spike, ...steadyNoise]);

describe('the exceptions report', () => {
	it('groups the series with a signal or an assurance result by plan theme, in the plan order', () => {
		const report = exceptionsReport([meetings, burglary, restorative, victims]);
		// The plan's order: Viable Partnerships, Visible Policing, Victim Services, Vulnerability Protection, Value for Money.
		expect(report.themes.map((theme) => theme.theme)).toEqual(['Visible Policing', 'Vulnerability Protection']);
		expect(report.themes[0]?.series).toEqual([burglary]);
		expect(report.themes[1]?.series).toEqual([victims]);
		expect(exceptionCount(report)).toBe(2);
	});

	it('lists series with no signal briefly, apart, and never gives an illustrative one a signal', () => {
		const report = exceptionsReport([meetings, burglary, restorative, victims]);
		expect(report.quiet).toEqual([restorative]);
		expect(report.illustrative).toEqual([meetings]);
		// The same spike in real figures is an exception; in invented ones it is not, target or no.
		expect(isException(victims)).toBe(true);
		expect(isException(meetings)).toBe(false);
		expect(meetings.analysis.points.every((point) => point.variation === 'common')).toBe(true);
	});

	it("puts a theme's latest signals before its earlier ones, and otherwise keeps the views' order", () => {
		const seen = earlier;
		const report = exceptionsReport([seen, victims, restorative]);
		expect(seen.noteworthy).toBe(false);
		expect(report.themes).toHaveLength(1);
		expect(report.themes[0]?.series.map((series) => series.definition.id)).toEqual(['referrals-victim-services', 'custody-seen']);
		expect(exceptionsReport([victims, seen]).themes[0]?.series.map((series) => series.definition.id)).toEqual(['referrals-victim-services', 'custody-seen']);
	});

	it('reports nothing, in every list, for no series', () => {
		expect(exceptionsReport([])).toEqual({ themes: [], quiet: [], illustrative: [] });
	});

	it('leaves out a series with no figure in the period: it is not held, so neither quiet nor judged', () => {
		const empty = judged('safer-streets', { id: 'safer-streets-targeted', measure: 'Burglary in the bid area' }, []);
		expect(exceptionsReport([empty])).toEqual({ themes: [], quiet: [], illustrative: [] });
		expect(exceptionsReport([empty, restorative]).quiet.map((series) => series.definition.id)).toEqual(['referrals-restorative-justice']);
	});
});

describe('the home page headlines', () => {
	it("gives one line per noteworthy series in the report's order, and every other series in the short list", () => {
		const { headlines, others } = homeHeadlines([meetings, restorative, victims, burglary, earlier]);
		expect(headlines.map((series) => series.definition.id)).toEqual(['crime-burglary', 'referrals-victim-services']);
		expect(others.map((series) => series.definition.id)).toEqual(['engagement-meetings', 'referrals-restorative-justice', 'custody-seen']);
		expect(headlines[1]?.headline).toMatch(/^Victim service referrals: September 2023: 125, .* beyond the upper process limit/);
	});
});
