/** £ millions to one decimal place, as the papers print them: 154.5 → "£154.5M". */
export function formatMillions(amount: number): string {
	const sign = amount < 0 ? '−' : '';
	return `${sign}£${Math.abs(amount).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;
}

/** A percentage to one decimal place: 96 → "96.0%". */
export function formatPercent(value: number): string {
	return `${value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** An ISO date in UK long form: "2017-03-23" → "23 March 2017", whatever the machine's time zone. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (!year || !month || !day) return iso;
	return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}
