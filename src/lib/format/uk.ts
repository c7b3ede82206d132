/** £ millions to one decimal place, as the papers print them: 154.5 → "£154.5M". */
export function formatMillions(amount: number): string {
	const sign = amount < 0 ? '−' : '';
	return `${sign}£${Math.abs(amount).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}M`;
}

// Made once: toLocaleString with options builds a new formatter on every call, which a redrawn table pays
// hundreds of times over. Intl.NumberFormat's format gives the same text.
const percentFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A percentage to one decimal place: 96 → "96.0%". */
export function formatPercent(value: number): string {
	return `${percentFormat.format(value)}%`;
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

/** Pounds and pence with thousands separators: 960591.34 → "£960,591.34"; whole pounds keep no pence. */
export function formatPounds(amount: number): string {
	const sign = amount < 0 ? '−' : '';
	const whole = Number.isInteger(Math.round(amount * 100) / 100) && Math.round(amount * 100) % 100 === 0;
	return `${sign}£${Math.abs(amount).toLocaleString('en-GB', {
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: 2
	})}`;
}

/** A count with thousands separators: 13250 → "13,250". */
export function formatCount(count: number): string {
	return countFormat.format(count);
}
