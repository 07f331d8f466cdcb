/**
 * How the funding chart can group its bars: apart from the chart (and its d3 scales), so a link
 * naming a grouping is read without loading the chart's code.
 */
export const GROUPINGS = ['project', 'country', 'corridor', 'instrument'] as const;
export type Grouping = (typeof GROUPINGS)[number];
