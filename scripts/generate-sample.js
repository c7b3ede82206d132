#!/usr/bin/env node
/**
 * Writes the illustrative sample extracts: the series the OPCC papers do not
 * publish (custody visits by week, referrals by month, Safer Streets spend by
 * quarter), made up so that they are consistent with the figures the papers do
 * publish. Every generated row has illustrative=true and source_document
 * "illustrative-sample" (its entry in data/source-register.csv), and a
 * source_ref that names the published figures it is consistent with as a
 * reader finds them in the papers; the published Safer Streets awards written
 * alongside them keep their own citations.
 *
 * Deterministic: a fixed seed and a small PRNG (mulberry32), one stream per
 * dataset, no clock and no dependencies, so two runs write identical bytes.
 *
 *   node scripts/generate-sample.js                 writes into data/
 *   node scripts/generate-sample.js --out DIR       writes into DIR
 *   SAMPLE_OUT_DIR=DIR node scripts/generate-sample.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20231213;
// Ids in data/source-register.csv: citations are shown to users, so they never name this script or a text file.
const ILLUSTRATIVE = 'illustrative-sample';
const PAPER_2023 = 'commissioners-update-2023-12';
const UPDATE_2023 = "Commissioner's Update to the Police and Crime Panel, 13 December 2023";

/** @typedef {() => number} Rng a source of numbers in [0, 1) */
/** @typedef {Record<string, string | number | boolean | undefined>} Row one CSV row by column name */

// ---------------------------------------------------------------- randomness

/**
 * mulberry32: a 32-bit seeded PRNG giving numbers in [0, 1).
 * @param {number} seed
 * @returns {Rng}
 */
function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * An independent stream per dataset, so changing one leaves the others' bytes alone.
 * @param {string} name
 */
function stream(name) {
	let hash = 2166136261;
	for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
	return mulberry32((hash ^ SEED) >>> 0);
}

/** A whole number from min to max inclusive. @type {(rng: Rng, min: number, max: number) => number} */
const intBetween = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));
/** A number in [min, max). @type {(rng: Rng, min: number, max: number) => number} */
const between = (rng, min, max) => min + rng() * (max - min);
/**
 * How many of n trials succeed with probability p.
 * @param {Rng} rng
 * @param {number} n
 * @param {number} p
 */
function binomial(rng, n, p) {
	let k = 0;
	for (let i = 0; i < n; i++) if (rng() < p) k++;
	return k;
}
/**
 * A Poisson count with mean lambda (Knuth's method; fine for small means).
 * @param {Rng} rng
 * @param {number} lambda
 */
function poisson(rng, lambda) {
	const limit = Math.exp(-lambda);
	let k = 0;
	let product = rng();
	while (product > limit) {
		k++;
		product *= rng();
	}
	return k;
}

// ---------------------------------------------------------------- formatting

/** @type {(n: number) => string} */
const pad2 = (n) => String(n).padStart(2, '0');

/**
 * ISO date n days after an ISO date (UTC, so no clock change can shift it).
 * @param {string} iso
 * @param {number} n
 */
function addDays(iso, n) {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + n);
	return date.toISOString().slice(0, 10);
}

/** Minutes after midnight as HH:MM. @type {(minutes: number) => string} */
const clock = (minutes) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

/**
 * Whole pence as pounds with two decimal places.
 * @param {number} pence
 */
function pounds(pence) {
	if (!Number.isSafeInteger(pence) || pence < 0) throw new Error(`not a whole number of pence: ${pence}`);
	return `${Math.floor(pence / 100)}.${pad2(pence % 100)}`;
}

/**
 * One CSV cell, quoted when it holds a comma, quote or line break.
 * @param {Row[string]} value
 */
function cell(value) {
	const text = value === null || value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text with LF line ends and a final line end.
 * @param {readonly string[]} header
 * @param {readonly Row[]} rows
 */
function toCsv(header, rows) {
	const lines = [header.join(','), ...rows.map((row) => header.map((name) => cell(row[name])).join(','))];
	return lines.join('\n') + '\n';
}

/**
 * Splits a whole number into parts in proportion to weights, summing exactly (largest remainder).
 * @param {number} total
 * @param {readonly number[]} weights
 * @returns {number[]}
 */
function apportion(total, weights) {
	const sum = weights.reduce((a, b) => a + b, 0);
	const exact = weights.map((w) => (total * w) / sum);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	// Indexes by largest fractional part first, ties by position.
	const order = exact
		.map((x, i) => ({ fraction: x - Math.floor(x), i }))
		.sort((a, b) => b.fraction - a.fraction || a.i - b.i)
		.map(({ i }) => i);
	for (let k = 0; left > 0; k++, left--) {
		const index = Number(order[k % order.length]);
		parts[index] = Number(parts[index]) + 1;
	}
	return parts;
}

// ---------------------------------------------------------------- custody visits

const FIRST_WEEK = '2023-04-03'; // the first Monday of 2023/24
const WEEKS = 104; // to the week starting Monday 24 March 2025

/** @typedef {{ suite: string, role: string, meanHeld: number }} Suite */
/** @type {readonly Suite[]} */
const SUITES = [
	{ suite: 'Beaumont Leys', role: 'primary', meanHeld: 10 },
	{ suite: 'Euston Street', role: 'primary', meanHeld: 13 },
	{ suite: 'Keyham Lane', role: 'primary', meanHeld: 9 },
	{ suite: 'Wigston', role: 'standby', meanHeld: 4 }
];

/** Primary suite-weeks whose scheduled visit did not happen and was not replaced: missed weeks. */
const MISSED_WEEKS = new Set(['Euston Street 2023-07-24', 'Keyham Lane 2024-01-01', 'Beaumont Leys 2024-08-12', 'Euston Street 2024-12-23']);

/** Suite-weeks whose scheduled visit did not happen but an extra visit later that week covered it. */
const REPLACED_WEEKS = new Set(['Beaumont Leys 2023-06-05', 'Keyham Lane 2024-05-13']);

/** Weeks the standby suite at Wigston was open. */
const WIGSTON_OPEN = new Set(['2023-07-10', '2023-07-17', '2023-11-06', '2023-12-18', '2024-03-25', '2024-06-17', '2024-06-24', '2024-10-14', '2024-12-16', '2025-02-03']);

/** An open standby week the rota did not pick up: no visit at all. */
const WIGSTON_UNVISITED = new Set(['2024-06-24']);

const CUSTODY_REF = `weekly rota per primary suite, consistent with the Police and Crime Plan 2017-2021, Viable Partnerships section, Independent Custody Visitors (each primary suite visited at least weekly) and the ${UPDATE_2023}, paragraph 14 (100% of scheduled visits in October and November 2023)`;
const SUITE_WEEKS_REF = 'primary suites open every week; the standby suite open in a few sample weeks';

function custody() {
	const rng = stream('custody-visits');
	/** @type {Row[]} */
	const weeks = [];
	/** @type {Row[]} */
	const visits = [];

	/** @type {(suite: Suite, date: string, scheduled: boolean) => Row} */
	const completedVisit = (suite, date, scheduled) => {
		const arrival = 8 * 60 + intBetween(rng, 0, 156) * 5; // 08:00 to 21:00
		const departure = arrival + 45 + intBetween(rng, 0, 21) * 5; // 45 to 150 minutes later
		const held = Math.round(suite.meanHeld * between(rng, 0.4, 1.6));
		const offered = binomial(rng, held, 0.82);
		const declined = binomial(rng, offered, 0.14);
		const unavailable = binomial(rng, offered - declined, 0.04);
		return {
			suite: suite.suite,
			suite_role: suite.role,
			visit_date: date,
			arrival_time: clock(arrival),
			departure_time: clock(departure),
			scheduled,
			completed: true,
			detainees_held: held,
			detainees_offered: offered,
			detainees_seen: offered - declined - unavailable,
			detainees_declined: declined,
			issues_rights_entitlements: binomial(rng, 2, 0.06),
			issues_health_wellbeing: binomial(rng, 2, 0.09),
			issues_conditions_facilities: binomial(rng, 2, 0.12)
		};
	};
	/** @type {(suite: Suite, date: string) => Row} */
	const missedVisit = (suite, date) => ({
		suite: suite.suite,
		suite_role: suite.role,
		visit_date: date,
		scheduled: true,
		completed: false
	});

	for (let w = 0; w < WEEKS; w++) {
		const monday = addDays(FIRST_WEEK, w * 7);
		for (const suite of SUITES) {
			const open = suite.role === 'primary' || WIGSTON_OPEN.has(monday);
			weeks.push({ suite: suite.suite, suite_role: suite.role, week_start: monday, open });
			if (!open || (suite.role === 'standby' && WIGSTON_UNVISITED.has(monday))) continue;
			const key = `${suite.suite} ${monday}`;
			const day = intBetween(rng, 0, 6);
			if (MISSED_WEEKS.has(key)) {
				visits.push(missedVisit(suite, addDays(monday, day)));
			} else if (REPLACED_WEEKS.has(key)) {
				const missedDay = intBetween(rng, 0, 3);
				visits.push(missedVisit(suite, addDays(monday, missedDay)));
				visits.push(completedVisit(suite, addDays(monday, intBetween(rng, missedDay + 1, 6)), false));
			} else {
				visits.push(completedVisit(suite, addDays(monday, day), true));
				// Now and then an extra, unscheduled visit on another day of the week.
				if (suite.role === 'primary' && rng() < 0.07) {
					const extraDay = (day + intBetween(rng, 1, 6)) % 7;
					visits.push(completedVisit(suite, addDays(monday, extraDay), false));
				}
			}
		}
	}

	const text = (/** @type {Row[string]} */ value) => String(value ?? '');
	visits.sort(
		(a, b) => text(a.visit_date).localeCompare(text(b.visit_date)) || text(a.arrival_time).localeCompare(text(b.arrival_time)) || text(a.suite).localeCompare(text(b.suite))
	);
	visits.forEach((visit, i) => {
		visit.visit_id = `ICV-${String(i + 1).padStart(4, '0')}`;
		Object.assign(visit, { source_document: ILLUSTRATIVE, source_ref: CUSTODY_REF, illustrative: true });
	});
	for (const week of weeks) {
		Object.assign(week, { source_document: ILLUSTRATIVE, source_ref: SUITE_WEEKS_REF, illustrative: true });
	}

	// The rules the sample promises.
	for (const v of visits) {
		if (!v.completed) continue;
		const [held, offered, seen, declined] = [v.detainees_held, v.detainees_offered, v.detainees_seen, v.detainees_declined].map(Number);
		if (!(Number(seen) <= Number(offered) && Number(offered) <= Number(held))) {
			throw new Error(`${v.visit_id}: seen <= offered <= held broken`);
		}
		if (Number(seen) + Number(declined) > Number(offered)) {
			throw new Error(`${v.visit_id}: seen + declined > offered`);
		}
		if (text(v.departure_time) <= text(v.arrival_time)) throw new Error(`${v.visit_id}: departs before arriving`);
	}
	for (const v of visits) {
		const date = text(v.visit_date);
		if (date >= '2023-10-01' && date <= '2023-11-30' && v.scheduled && !v.completed) {
			throw new Error(`${v.visit_id}: a scheduled visit in Oct-Nov 2023 not completed`);
		}
	}

	return {
		visits: toCsv(
			[
				'visit_id',
				'suite',
				'suite_role',
				'visit_date',
				'arrival_time',
				'departure_time',
				'scheduled',
				'completed',
				'detainees_held',
				'detainees_offered',
				'detainees_seen',
				'detainees_declined',
				'issues_rights_entitlements',
				'issues_health_wellbeing',
				'issues_conditions_facilities',
				'source_document',
				'source_ref',
				'illustrative'
			],
			visits
		),
		weeks: toCsv(['suite', 'suite_role', 'week_start', 'open', 'source_document', 'source_ref', 'illustrative'], weeks)
	};
}

// ---------------------------------------------------------------- referrals

/** Months April 2022 to March 2025 as YYYY-MM, with the financial year of each. */
function referralMonths() {
	/** @type {{ month: string, calendarMonth: number, fy: string }[]} */
	const months = [];
	for (let i = 0; i < 36; i++) {
		const year = 2022 + Math.floor((3 + i) / 12);
		const month = ((3 + i) % 12) + 1;
		const fyStart = month >= 4 ? year : year - 1;
		months.push({ month: `${year}-${pad2(month)}`, calendarMonth: month, fy: `${fyStart}/${pad2((fyStart + 1) % 100)}` });
	}
	return months;
}

/** A seasonal factor peaking in peakMonth (1-12). @type {(calendarMonth: number, peakMonth: number, amplitude: number) => number} */
const season = (calendarMonth, peakMonth, amplitude) => 1 + amplitude * Math.cos(((calendarMonth - peakMonth) / 12) * 2 * Math.PI);

/** Child-vulnerability referrals in each financial year: about 13,000 (001 line 78: 13,250). */
const CHILD_VULNERABILITY_YEAR_TOTALS = { '2022/23': 12940, '2023/24': 13110, '2024/25': 13270 };

function referrals() {
	const rng = stream('referrals');
	const months = referralMonths();
	/** @type {Row[]} */
	const rows = [];
	/** @type {(month: string, service: string, source: string, count: number, ref: string) => void} */
	const push = (month, service, source, count, ref) =>
		void rows.push({
			month,
			service,
			referral_source: source,
			referrals: count,
			source_document: ILLUSTRATIVE,
			source_ref: ref,
			illustrative: true
		});

	const scaleRef = 'monthly sample with seasonal noise; the papers publish no monthly referral figures';
	const childRef =
		"monthly sample, each financial year summing to about 13,000, consistent with the Commissioner's response to the Panel of 2 March 2017 (13,250 a year) and the Police and Crime Plan 2017-2021, Vulnerability Protection section, Children and Crime (over 13,000)";

	// Child vulnerability: monthly shape with noise, then each year scaled to its total exactly.
	const childShape = months.map((m) => season(m.calendarMonth, 3, 0.07) * between(rng, 0.94, 1.06));
	/** @type {number[]} */
	const childCounts = new Array(months.length).fill(0);
	for (const [fy, total] of Object.entries(CHILD_VULNERABILITY_YEAR_TOTALS)) {
		const index = months.flatMap((m, i) => (m.fy === fy ? [i] : []));
		apportion(
			total,
			index.map((i) => Number(childShape[i]))
		).forEach((count, k) => (childCounts[Number(index[k])] = count));
	}

	months.forEach((m, i) => {
		const trend = 1 + 0.02 * (i / 12);
		// Victim services: mostly referred by the police.
		const victims = 1550 * trend * season(m.calendarMonth, 7, 0.08) * between(rng, 0.95, 1.05);
		const [police, self, other] = apportion(Math.round(victims), [0.9 * between(rng, 0.98, 1.02), 0.06 * between(rng, 0.85, 1.15), 0.04 * between(rng, 0.85, 1.15)]);
		push(m.month, 'victim services', 'police', Number(police), scaleRef);
		push(m.month, 'victim services', 'self-referral', Number(self), scaleRef);
		push(m.month, 'victim services', 'other agency', Number(other), scaleRef);

		push(m.month, 'child vulnerability', 'police', Number(childCounts[i]), childRef);

		/** @type {[string, number][]} */
		const restorative = [
			['victim services', 4],
			['probation', 2],
			['police', 2],
			['self-referral', 0.7]
		];
		for (const [source, mean] of restorative) {
			push(m.month, 'restorative justice', source, poisson(rng, mean * trend), scaleRef);
		}
		/** @type {[string, number][]} */
		const violence = [
			['health', 26],
			['police', 14],
			['education', 6],
			['local authority', 5]
		];
		for (const [source, mean] of violence) {
			push(m.month, 'violence reduction', source, poisson(rng, mean * season(m.calendarMonth, 7, 0.15)), scaleRef);
		}
	});

	return toCsv(['month', 'service', 'referral_source', 'referrals', 'source_document', 'source_ref', 'illustrative'], rows);
}

// ---------------------------------------------------------------- Safer Streets

/** The published award: 002 para 16 (total) and para 17 a-c (each bid), in pence. */
const SAFER_STREETS_TOTAL = { pence: 96059134, ref: 'paragraph 16' };

/**
 * An intervention: name, spend type, illustrative share of the bid award,
 * output measure, and the output planned over the whole award (null for a post).
 * @typedef {[string, 'capital' | 'revenue', number, string, number | null]} Intervention
 */

/**
 * Each bid, its published award, and the interventions it lists (para 17),
 * with the two fixed-term posts of para 18. weight: the illustrative share of
 * the bid award; planned: the output expected over the whole award.
 * @type {{ bid: string, district: string, pence: number, ref: string, interventions: Intervention[] }[]}
 */
const BIDS = [
	{
		bid: 'VAWG',
		district: 'LLR-wide',
		pence: 31556800,
		ref: 'paragraph 17a',
		interventions: [
			['Co-production event with children and young people across LLR', 'revenue', 0.06, 'events held', 2],
			['Age appropriate resources', 'revenue', 0.12, 'resources produced', 12],
			['Bystander programme', 'revenue', 0.22, 'people trained', 600],
			['Community partnership scheme', 'revenue', 0.16, 'partner organisations signed up', 40],
			['Behaviour change campaign', 'revenue', 0.2, 'people reached', 120000],
			['VAWG lead (fixed-term post)', 'revenue', 0.18, 'none (staff post)', null],
			['Project Officer (fixed-term post), share', 'revenue', 0.06, 'none (staff post)', null]
		]
	},
	{
		bid: 'ASB Melton',
		district: 'Melton',
		pence: 31396789,
		ref: 'paragraph 17b',
		interventions: [
			['Weekly sessions on ASB awareness and de-escalation for adults and young people', 'revenue', 0.12, 'sessions delivered', 120],
			['Target hardening of over 100 homes', 'capital', 0.25, 'homes target-hardened', 108],
			['CCTV including fly tipping cameras', 'capital', 0.22, 'cameras installed', 16],
			['Redeployable help point drone camera', 'capital', 0.1, 'deployments', 30],
			['Practitioner training for ASB legislation', 'revenue', 0.05, 'practitioners trained', 80],
			['Targeted educational outreach programme for young people', 'revenue', 0.1, 'young people reached', 900],
			['Increased lighting in ASB hotspots', 'capital', 0.1, 'lights installed', 40],
			['Project Officer (fixed-term post), share', 'revenue', 0.06, 'none (staff post)', null]
		]
	},
	{
		bid: 'Neighbourhood Crime Oadby and Wigston',
		district: 'Oadby and Wigston',
		pence: 33105545,
		ref: 'paragraph 17c',
		interventions: [
			['Neighbourhood crime campaign', 'revenue', 0.1, 'residents reached', 30000],
			['Target hardening of approx. 400 properties', 'capital', 0.4, 'properties target-hardened', 400],
			['Redeployable CCTV', 'capital', 0.14, 'camera deployments', 40],
			['Fixed CCTV', 'capital', 0.18, 'cameras installed', 14],
			['Anti-burglary cocooning packs for repeat and vulnerable victims', 'revenue', 0.12, 'packs issued', 500],
			['Project Officer (fixed-term post), share', 'revenue', 0.06, 'none (staff post)', null]
		]
	}
];

/** The intervention deliberately behind in 2024/25, so that money at risk shows. */
const BEHIND = { bid: 'Neighbourhood Crime Oadby and Wigston', intervention: 'Target hardening of approx. 400 properties', year: '2024/25' };

/** @type {[string, number][]} */
const QUARTERS = [
	['2023/24', 3],
	['2023/24', 4],
	['2024/25', 1],
	['2024/25', 2],
	['2024/25', 3],
	['2024/25', 4]
];

/**
 * Share of each year's allocation by quarter: the scheme starts in October 2023.
 * @type {Record<'capital' | 'revenue', Record<string, number[]>>}
 */
const PROFILES = {
	capital: { '2023/24': [0.3, 0.7], '2024/25': [0.3, 0.3, 0.25, 0.15] },
	revenue: { '2023/24': [0.3, 0.7], '2024/25': [0.25, 0.25, 0.25, 0.25] }
};

function saferStreets() {
	const rng = stream('safer-streets');
	/** @type {Row[]} */
	const awards = [];
	/** @type {(Row & { _allocated: number, _spent: number })[]} */
	const quarters = [];
	let order = 0;

	if (BIDS.reduce((sum, bid) => sum + bid.pence, 0) !== SAFER_STREETS_TOTAL.pence) {
		throw new Error('the published bid awards do not sum to the published total');
	}
	awards.push({
		row_type: 'total',
		district: 'LLR-wide',
		award_gbp: pounds(SAFER_STREETS_TOTAL.pence),
		display_order: ++order,
		source_document: PAPER_2023,
		source_ref: SAFER_STREETS_TOTAL.ref,
		illustrative: false
	});

	for (const bid of BIDS) {
		awards.push({
			row_type: 'bid',
			bid: bid.bid,
			district: bid.district,
			award_gbp: pounds(bid.pence),
			display_order: ++order,
			source_document: PAPER_2023,
			source_ref: bid.ref,
			illustrative: false
		});

		// Whole pounds to every intervention but the last, which takes the rest to the penny.
		const shares = bid.interventions.map(([, , weight]) => weight);
		const poundsEach = apportion(Math.floor(bid.pence / 100), shares).map((p) => p * 100);
		poundsEach[poundsEach.length - 1] = Number(poundsEach.at(-1)) + bid.pence - poundsEach.reduce((a, b) => a + b, 0);

		bid.interventions.forEach(([intervention, spendType, , measure, planned], i) => {
			const award = Number(poundsEach[i]);
			const isPost = measure.startsWith('none');
			// A post's share is charged to, and reported under, the bid it serves.
			const district = bid.district;
			const awardRef = `illustrative split of the bid award in the ${UPDATE_2023}, ${bid.ref}, across the interventions it lists${isPost ? ' (the posts are in paragraph 18)' : ''}; sums to the bid award to the penny`;
			awards.push({
				row_type: 'intervention',
				bid: bid.bid,
				intervention,
				district,
				award_gbp: pounds(award),
				display_order: ++order,
				source_document: ILLUSTRATIVE,
				source_ref: awardRef,
				illustrative: true
			});

			// The award split between the two funding years (money cannot move between them).
			const firstShare = (spendType === 'capital' ? 0.4 : isPost ? 0.25 : 0.3) + between(rng, -0.05, 0.05);
			const firstYear = Math.round((award * firstShare) / 100) * 100;
			const byYear = { '2023/24': firstYear, '2024/25': award - firstYear };
			const quarterRef = `quarterly profile of the intervention's illustrative award (a split of the ${UPDATE_2023}, ${bid.ref}); allocations sum to the award, spend never above allocation`;
			const behind = bid.bid === BEHIND.bid && intervention === BEHIND.intervention;
			// Outputs follow spend: the running total delivered is the planned output times the share of the award spent so far.
			let spentSoFar = 0;
			let deliveredSoFar = 0;

			for (const [year, yearPence] of Object.entries(byYear)) {
				const profile = PROFILES[spendType][year];
				if (!profile) throw new Error(`no ${spendType} profile for ${year}`);
				const allocations = apportion(Math.floor(yearPence / 100), profile).map((p) => p * 100);
				allocations[allocations.length - 1] = Number(allocations.at(-1)) + yearPence - allocations.reduce((a, b) => a + b, 0);
				const yearQuarters = QUARTERS.filter(([y]) => y === year);
				yearQuarters.forEach(([, quarter], q) => {
					const allocated = Number(allocations[q]);
					let rate;
					if (behind && year === BEHIND.year) rate = between(rng, 0.45, 0.65);
					else if (year === '2023/24' && quarter === 3) rate = between(rng, 0.7, 0.95);
					else rate = rng() < 0.3 ? 1 : between(rng, 0.92, 1);
					const spent = Math.floor(allocated * rate);
					spentSoFar += spent;
					/** @type {number | ''} */
					let output = '';
					if (planned !== null) {
						const delivered = Math.round((planned * spentSoFar) / award);
						output = delivered - deliveredSoFar;
						deliveredSoFar = delivered;
					}
					quarters.push({
						bid: bid.bid,
						intervention,
						district,
						financial_year: year,
						quarter,
						allocated_gbp: pounds(allocated),
						spent_gbp: pounds(spent),
						spend_type: spendType,
						output_measure: measure,
						output_count: output,
						source_document: ILLUSTRATIVE,
						source_ref: quarterRef,
						illustrative: true,
						_allocated: allocated,
						_spent: spent
					});
				});
			}
		});
	}

	// The reconciliations the sample promises.
	for (const bid of BIDS) {
		const parts = awards.filter((a) => a.row_type === 'intervention' && a.bid === bid.bid);
		const sum = parts.reduce((s, a) => s + Math.round(Number(a.award_gbp) * 100), 0);
		if (sum !== bid.pence) throw new Error(`${bid.bid}: interventions sum to ${sum}, not ${bid.pence}`);
		for (const part of parts) {
			const allocated = quarters.filter((q) => q.bid === bid.bid && q.intervention === part.intervention).reduce((s, q) => s + q._allocated, 0);
			if (allocated !== Math.round(Number(part.award_gbp) * 100)) {
				throw new Error(`${part.intervention}: allocations do not sum to its award`);
			}
		}
	}
	for (const q of quarters) {
		if (q._spent > q._allocated) throw new Error(`${q.intervention}: spend above allocation`);
	}

	return {
		awards: toCsv(['row_type', 'bid', 'intervention', 'district', 'award_gbp', 'display_order', 'source_document', 'source_ref', 'illustrative'], awards),
		quarters: toCsv(
			[
				'bid',
				'intervention',
				'district',
				'financial_year',
				'quarter',
				'allocated_gbp',
				'spent_gbp',
				'spend_type',
				'output_measure',
				'output_count',
				'source_document',
				'source_ref',
				'illustrative'
			],
			quarters
		)
	};
}

// ---------------------------------------------------------------- main

/**
 * Where to write: --out DIR, else SAMPLE_OUT_DIR, else the repository's data folder.
 * @param {string[]} argv
 */
function outputDirectory(argv) {
	const flag = argv.indexOf('--out');
	if (flag >= 0) {
		const dir = argv[flag + 1];
		if (!dir) throw new Error('--out needs a directory');
		return resolve(dir);
	}
	if (process.env.SAMPLE_OUT_DIR) return resolve(process.env.SAMPLE_OUT_DIR);
	return fileURLToPath(new URL('../data/', import.meta.url));
}

const outDir = outputDirectory(process.argv.slice(2));
mkdirSync(outDir, { recursive: true });

const { visits, weeks } = custody();
const { awards, quarters } = saferStreets();
const files = {
	'custody-visits.csv': visits,
	'custody-suite-weeks.csv': weeks,
	'referrals.csv': referrals(),
	'safer-streets.csv': quarters,
	'safer-streets-awards.csv': awards
};
for (const [name, text] of Object.entries(files)) {
	writeFileSync(join(outDir, name), text);
	console.log(`wrote ${join(outDir, name)} (${text.split('\n').length - 2} rows)`);
}
