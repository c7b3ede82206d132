import { csvFromRows, exampleRow } from '$lib/contracts/fixtures';
import { contractById } from '$lib/contracts/registry';
import { completedVisitOnly } from '$lib/contracts/custody-visits';

/**
 * A real (not illustrative) custody extract for tests: one primary suite,
 * Euston Street, open every week of 2023/24 from Monday 3 April 2023, with
 * one scheduled visit on each week's Monday; a week `missed` picks has its
 * visit not completed. Gives the two files' CSV, as an upload would.
 */
export function custodyYear(missed: (week: number) => boolean = () => false): { weeks: string; visits: string } {
	const weeks = Array.from({ length: 52 }, (_, index) => ({
		...exampleRow(contractById('custody-suite-weeks')),
		suite: 'Euston Street',
		suite_role: 'primary',
		week_start: new Date(Date.UTC(2023, 3, 3 + 7 * index)).toISOString().slice(0, 10),
		open: 'true',
		source_document: 'uploaded: weeks.csv',
		illustrative: 'false'
	}));
	const visits = weeks.map((week, index) => {
		const visit = {
			...exampleRow(contractById('custody-visits')),
			visit_id: `V-${index}`,
			suite: 'Euston Street',
			suite_role: 'primary',
			visit_date: week.week_start,
			scheduled: 'true',
			completed: missed(index) ? 'false' : 'true',
			source_document: 'uploaded: visits.csv',
			illustrative: 'false'
		};
		return visit.completed === 'true' ? visit : { ...visit, ...Object.fromEntries(completedVisitOnly.map((column) => [column, ''])) };
	});
	return { weeks: csvFromRows(contractById('custody-suite-weeks'), weeks), visits: csvFromRows(contractById('custody-visits'), visits) };
}
