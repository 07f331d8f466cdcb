/**
 * The parts of the page the first map does not need, each in its own chunk: the charts, the
 * briefing, image export and print, a project's panel, and the side panel's legend, filters and
 * lists (shown a frame after the map, once the chunks are in). They start loading as the app
 * starts, so they arrive while the map draws; the page shows each once it is there.
 */
export const charts = import('./later/charts');
export const briefing = import('./later/briefing');
export const output = import('./later/output');
export const panel = import('./later/panel');
export const side = import('./later/side');
