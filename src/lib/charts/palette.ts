/**
 * The Government Analysis Function's accessible categorical palette, in its
 * order: each colour has at least 3:1 contrast against white.
 */
export const categoricalPalette = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;

/** The colour for a group index, cycling if there are more groups than colours. */
export function groupColour(group: number): string {
	return categoricalPalette[group % categoricalPalette.length] ?? categoricalPalette[0];
}
