import { custodyVisitingView } from '../custody-visiting/definition';
import type { ViewDefinition } from '../view-definition';

/**
 * The views whose series can judge a plan measure on the Plan aims page: those
 * with series whose datasets the page also loads (custody visiting's standard),
 * so a measure there is judged by the same series, and the same judgement, as
 * on its own view. Named here rather than picked from the registry, which lists
 * this view and so cannot be imported by it; plan-series.test.ts holds this list
 * to the rule over every registered view, so a view that comes to qualify fails
 * there until it is added.
 */
export const planSeriesViews: readonly ViewDefinition[] = [custodyVisitingView];
