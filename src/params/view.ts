import type { ParamMatcher } from '@sveltejs/kit';
import { views } from '$lib/views/registry';

/** A registered view's id: any other address is not a view's page (a 404, never an empty view). */
export const match = ((param: string) => views.some((view) => view.id === param)) satisfies ParamMatcher;
