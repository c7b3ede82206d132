import { describe, expect, it, vi } from 'vitest';
import { referralServices } from '$lib/contracts/referrals';
import { formatCount } from '$lib/format/uk';
import { embeddedFigures } from '../embedded-figures.server';
import { embeddedRows, plainText, renderedView, textOf } from '../view-test-render';
import { referralsView } from './definition';
import { referralsFigures } from './figures';
import ReferralsView from './ReferralsView.svelte';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/referrals'), route: { id: '/referrals' } } }));

// Each service's referrals over every month in the extract, and the published totals, from the CSVs themselves.
const months = embeddedRows('referrals');
const byService = new Map<string, number>();
for (const row of months) byService.set(row.service ?? '', (byService.get(row.service ?? '') ?? 0) + Number(row.referrals));
const total = [...byService.values()].reduce((sum, count) => sum + count, 0);
const published = embeddedRows('published-referral-totals');

describe('the referrals view, drawn from the build-time figures on the embedded extracts', async () => {
	const initial = await embeddedFigures(referralsView, (db, filters) => referralsFigures(db, filters));
	const html = initial ? renderedView(referralsView, ReferralsView, { initial }) : '';
	const summary = textOf(html, /<p class="summary"[^>]*>/);

	it('gives the referrals of every month and each service in its summary, saying they are illustrative', () => {
		expect(byService.size).toBeGreaterThan(1);
		expect(summary).toContain('The monthly figures are an illustrative sample, not published figures.');
		expect(summary).toContain(`they show ${formatCount(total)} referrals:`);
		for (const [service, count] of byService) expect(summary).toContain(`${service} ${formatCount(count)}`);
	});

	it('opens with one XmR chart per service, titled as illustrative with no verdict', () => {
		const headings = [...html.matchAll(/<h3 id="series-referrals-[^"]*-heading">([^<]*)<\/h3>/g)].map((match) => plainText(match[1] ?? ''));
		const held = referralServices.filter((service) => byService.has(service));
		expect(headings).toEqual(held.map((service) => `${service.charAt(0).toUpperCase()}${service.slice(1)} referrals: illustrative sample, no signal or verdict given`));
	});

	it('draws each service against the 3-month average and last year', () => {
		for (const service of byService.keys()) expect(html).toContain(`data-testid="service-${service.replace(/ /g, '-')}"`);
	});

	it('tables the totals the papers publish, each with its figure', () => {
		const section = html.slice(html.indexOf('data-testid="published-referrals"'));
		expect(published.length).toBeGreaterThan(0);
		for (const row of published) expect(plainText(section)).toContain(formatCount(Number(row.referrals)));
	});
});
