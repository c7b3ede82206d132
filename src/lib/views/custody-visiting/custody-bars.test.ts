import { describe, expect, it } from 'vitest';
import type { SuiteCompliance } from './custody-visiting';
import { complianceDots, complianceGroups, complianceRows, complianceStatus, targetWords } from './custody-bars';

const standard = { target: 100, direction: 'at least' };

const suite = (name: string, suite_weeks: number, visited_suite_weeks: number): SuiteCompliance => ({
	suite: name,
	suite_role: name === 'Wigston' ? 'standby' : 'primary',
	suite_weeks,
	visited_suite_weeks,
	illustrative: true
});

describe('compliance bars and table rows', () => {
	// 52 + 51 + 1 = 104 open weeks, 52 + 50 + 0 = 102 visited: 98.1%.
	const suites = [suite('Beaumont Leys', 52, 52), suite('Euston Street', 51, 50), suite('Wigston', 1, 0)];
	const total = { suiteWeeks: 104, visitedSuiteWeeks: 102, percent: (100 * 102) / 104 };

	it('gives one dot per open suite with its % and counts, the standby suite apart', () => {
		const bars = complianceDots(suites);
		expect(bars.map((b) => [b.label, b.valueLabel, b.group])).toEqual([
			['Beaumont Leys', '100.0% (52/52)', 0],
			['Euston Street', '98.0% (50/51)', 0],
			['Wigston (standby)', '0.0% (0/1)', 1]
		]);
		expect(complianceGroups(bars)).toEqual(['Primary suite', 'Standby suite (weeks open only)']);
		expect(complianceGroups(bars.slice(0, 2))).toEqual(['Primary suite']);
	});

	it('leaves out a suite that was never open, and the table says so', () => {
		const closed = [suite('Beaumont Leys', 2, 2), suite('Wigston', 0, 0)];
		expect(complianceDots(closed).map((b) => b.key)).toEqual(['Beaumont Leys']);
		const rows = complianceRows(closed, { suiteWeeks: 2, visitedSuiteWeeks: 2, percent: 100 }, standard);
		expect(rows.map((r) => [r.suite, r.openWeeks, r.percent, r.status])).toEqual([
			['Beaumont Leys', 2, 100, 'Met'],
			['Wigston', 0, null, 'Not open in this period'],
			['All open suites', 2, 100, 'Met']
		]);
	});

	it('adds a row for all open suites with the misses and a status in words', () => {
		const rows = complianceRows(suites, total, standard);
		expect(rows.map((r) => [r.suite, r.openWeeks, r.visitedWeeks, r.missedWeeks, r.status])).toEqual([
			['Beaumont Leys', 52, 52, 0, 'Met'],
			['Euston Street', 51, 50, 1, 'Nearly met'],
			['Wigston', 1, 0, 1, 'Not met'],
			['All open suites', 104, 102, 2, 'Nearly met']
		]);
		expect(complianceRows([suites[0]!], total, standard)).toHaveLength(1);
	});

	it('rates against the target it is given: at 100% only every week visited is met', () => {
		expect(complianceStatus(100, standard)).toBe('Met');
		expect(complianceStatus(99.9, standard)).toBe('Nearly met');
		expect(complianceStatus(94.9, standard)).toBe('Not met');
		expect(complianceStatus(null, standard)).toBe('No data for this period');
		expect(complianceStatus(94.9, standard, true)).toBe('Illustrative, no verdict');
		expect(complianceStatus(94.9, { target: 90, direction: 'at least' })).toBe('Met');
		expect(complianceStatus(94.9, { target: null, direction: null })).toBe('No target set');
		expect([targetWords(standard), targetWords({ target: 92.5, direction: 'at least' }), targetWords({ target: null, direction: null })]).toEqual([
			'100%',
			'92.5%',
			'no target set'
		]);
	});
});
