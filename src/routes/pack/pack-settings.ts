import { areaFromParam, type Area } from '$lib/filters/areas';
import { periodFromParam, periodToParam, type Period } from '$lib/filters/period';
import { defaultThreshold, thresholdFromParam } from '$lib/exports/suppression';

/** The protective markings a pack may carry (Government Security Classifications). */
export const markings = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;

/** A protective marking. */
export type Marking = (typeof markings)[number];

/** Everything the pack's form sets, held in the URL so a link reproduces the pack. */
export interface PackSettings {
	readonly meeting: string;
	/** The id of the meeting in the meetings log the pack is for, or empty: its progress against actions opens the pack. */
	readonly logMeeting: string;
	/** ISO date of the meeting, or empty. */
	readonly date: string;
	readonly period: Period;
	readonly area: Area | null;
	/** The chosen views, by their path without the slash ("budget"), in the order offered. */
	readonly views: readonly string[];
	readonly marking: Marking;
	readonly threshold: number;
}

/** A real calendar date in ISO form, else empty. */
function isoDate(param: string | null): string {
	if (!param || !/^\d{4}-\d{2}-\d{2}$/.test(param)) return '';
	const date = new Date(`${param}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(param) ? param : '';
}

/** The pack's settings from its URL; anything unrecognised falls back to its default. */
export function packSettingsFromUrl(params: URLSearchParams, offered: readonly string[]): PackSettings {
	const chosen = new Set(params.getAll('view'));
	return {
		meeting: (params.get('meeting') ?? '').trim().slice(0, 200),
		logMeeting: (params.get('log-meeting') ?? '').trim().slice(0, 100),
		date: isoDate(params.get('date')),
		period: periodFromParam(params.get('period')),
		area: areaFromParam(params.get('area')),
		views: offered.filter((view) => chosen.has(view)),
		marking: markings.find((marking) => marking === params.get('marking')) ?? 'OFFICIAL',
		threshold: thresholdFromParam(params.get('threshold'))
	};
}

/** The query string for some settings, in the form's own field names. */
export function packQuery(settings: PackSettings): string {
	const params = new URLSearchParams();
	if (settings.meeting) params.set('meeting', settings.meeting);
	if (settings.logMeeting) params.set('log-meeting', settings.logMeeting);
	if (settings.date) params.set('date', settings.date);
	const period = periodToParam(settings.period);
	if (period) params.set('period', period);
	if (settings.area) params.set('area', settings.area);
	for (const view of settings.views) params.append('view', view);
	if (settings.marking !== 'OFFICIAL') params.set('marking', settings.marking);
	if (settings.threshold !== defaultThreshold) params.set('threshold', String(settings.threshold));
	return params.toString();
}

/**
 * The settings for a meeting chosen from the meetings log: its name and date
 * stand where the form's are left empty, so choosing the meeting is enough.
 */
export function withLogMeeting(settings: PackSettings, meeting: { readonly name: string; readonly date: string } | undefined): PackSettings {
	if (!meeting) return settings;
	return { ...settings, meeting: settings.meeting || meeting.name, date: settings.date || meeting.date };
}
