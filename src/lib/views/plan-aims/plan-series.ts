import { views } from '../registry';
import type { ViewDefinition } from '../view-definition';
import { planAimsView } from './definition';

/**
 * The views whose series can judge a plan measure on the Plan aims page: those
 * with series whose datasets the page also loads (custody visiting's standard),
 * so a measure there is judged by the same series, and the same judgement, as
 * on its own view.
 */
export const planSeriesViews: readonly ViewDefinition[] = views.filter((view) => view.series !== undefined && view.loads.every((dataset) => planAimsView.loads.includes(dataset)));
