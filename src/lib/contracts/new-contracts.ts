import type { DatasetContract } from './contract';
import { custodySuiteWeeks } from './custody-suite-weeks';
import { custodyVisits } from './custody-visits';
import { engagementEvents } from './engagement-events';
import { measureAims } from './measure-aims';
import { planAims } from './plan-aims';
import { publishedReferralTotals } from './published-referral-totals';
import { referrals } from './referrals';
import { saferStreets } from './safer-streets';
import { saferStreetsAwards } from './safer-streets-awards';
import { sourceRegister } from './source-register';

/**
 * The datasets added after the budget split, in data-dictionary order: the
 * plan's aims and the measures tied to them first, then one group per view
 * (engagement, custody visiting, referrals, Safer Streets), each view's main
 * dataset before the ones it is checked or reconciled against.
 */
export const newContracts: readonly DatasetContract[] = [
	planAims,
	measureAims,
	engagementEvents,
	custodyVisits,
	custodySuiteWeeks,
	referrals,
	publishedReferralTotals,
	saferStreets,
	saferStreetsAwards,
	sourceRegister
];
