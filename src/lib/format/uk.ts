/**
 * The one number style (issue 20 item 4), in one place: every figure a user
 * reads (screen, chart labels, downloads' words, the pack, summaries) is
 * written by these functions. A unit test fails on a number formatted anywhere
 * else in `src/`. Each rule lives in its own file; this is the door to them.
 */
export { formatMillions, formatPounds, formatPence, hasPence, poundsFor, poundsTickFor } from './money';
export { formatCount, formatCountInProse, formatAverage, formatCountOrAverage, formatPercent, formatAxisPercent, formatDecimal } from './numbers';
export { formatDate, formatDayMonth, formatMonth, formatMonthShort, formatFinancialYear, monthLabel } from './dates';
