import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { views } from '$lib/views/registry';
import { listInWords, packSuppressionNote, sectionSuppressionNote, smallCountsOfPage } from './view-suppression';

const suppressed = { suppressed: true } as const;
const crime = { suppressed: false, reason: 'police.uk publishes these crimes record by record' } as const;

describe('which views suppress small counts', () => {
	it('every view declares its rule, and each that does not suppress gives a reason', () => {
		for (const view of views) {
			if (!view.smallCounts.suppressed) expect(view.smallCounts.reason.trim(), view.path).not.toBe('');
		}
		// The views whose tables count people or their visits suppress; the others publish money, meetings or police.uk records.
		expect(views.filter((view) => view.smallCounts.suppressed).map((view) => view.path)).toEqual(['/custody-visiting', '/referrals']);
	});

	it('finds a page’s rule by its route, and none for a page that is not a view', () => {
		expect(smallCountsOfPage('/[view=view]', { view: 'crime' })).toEqual({ suppressed: false, reason: expect.stringContaining('police.uk') });
		expect(smallCountsOfPage('/[view=view]', { view: 'referrals' })).toEqual(suppressed);
		expect(smallCountsOfPage('/data', {})).toBeUndefined();
		expect(smallCountsOfPage(null, {})).toBeUndefined();
		// The route the rule is read from is the one that draws every view.
		expect(existsSync('src/routes/[view=view]/+page.svelte')).toBe(true);
	});
});

describe('the pack’s words about suppression', () => {
	it('puts the [c] footnote under a section that suppresses, and the reason under one that does not', () => {
		expect(sectionSuppressionNote(suppressed, 5)).toBe('[c] fewer than 5: suppressed to protect individuals.');
		expect(sectionSuppressionNote(crime, 5)).toBe('No count in this section is suppressed: police.uk publishes these crimes record by record.');
		expect(sectionSuppressionNote(crime, 5)).not.toContain('[c]');
	});

	it('says nothing when the threshold of 1 suppresses nothing', () => {
		expect(sectionSuppressionNote(suppressed, 1)).toBeUndefined();
		expect(sectionSuppressionNote(crime, 1)).toBeUndefined();
		expect(packSuppressionNote([{ title: 'Referrals', smallCounts: suppressed }], 1)).toBeUndefined();
	});

	it('names on the cover the sections that suppress and those that do not', () => {
		const sections = [
			{ title: 'Plan aims', smallCounts: { suppressed: false, reason: 'aims' } as const },
			{ title: 'Custody visiting', smallCounts: suppressed },
			{ title: 'Referrals', smallCounts: suppressed },
			{ title: 'Crime', smallCounts: crime }
		];
		expect(packSuppressionNote(sections, 10)).toBe(
			'[c] fewer than 10: suppressed to protect individuals, in Custody visiting and Referrals only; money and percentages are never suppressed. No count is suppressed in Plan aims and Crime: each of those sections says why.'
		);
		expect(packSuppressionNote(sections.slice(1, 3), 5)).toBe(
			'[c] fewer than 5: suppressed to protect individuals, in Custody visiting and Referrals only; money and percentages are never suppressed.'
		);
		// A pack of views that never suppress does not mention [c] at all.
		expect(packSuppressionNote([sections[0]!, sections[3]!], 5)).toBe('No count in this pack is suppressed: each section says why.');
	});

	it('lists names in words', () => {
		expect(listInWords([])).toBe('');
		expect(listInWords(['Crime'])).toBe('Crime');
		expect(listInWords(['Budget', 'Crime'])).toBe('Budget and Crime');
		expect(listInWords(['Plan aims', 'Budget', 'Crime'])).toBe('Plan aims, Budget and Crime');
	});
});
