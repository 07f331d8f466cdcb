/**
 * The milestone strip in the project panel: one mark per milestone on a year axis.
 * Pure layout; MilestoneList renders it, and its ordered list stays the text version.
 */
import { scaleLinear } from 'd3';
import type { Milestone } from '../data/schema';
import { decimalYear } from '../data/years';
import { laneFor } from './lanes';

export type MilestoneGroup = 'agreement' | 'construction' | 'opening' | 'other';

const GROUPS: Record<Milestone['kind'], MilestoneGroup> = {
  announcement: 'other',
  'feasibility-study': 'other',
  'exchange-of-notes': 'agreement',
  'loan-agreement': 'agreement',
  contract: 'agreement',
  'construction-start': 'construction',
  'partial-opening': 'opening',
  opening: 'opening',
  completion: 'opening',
  other: 'other',
};

export const GROUP_COLOUR: Record<MilestoneGroup, string> = {
  agreement: '#0072B2',
  construction: '#D55E00',
  opening: '#009E73',
  other: '#777777',
};

export interface TimelineMark {
  milestone: Milestone;
  group: MilestoneGroup;
  x: number;
  /** Row, so that marks closer than `gap` pixels sit above one another. */
  row: number;
}

export function timelineLayout(milestones: readonly Milestone[], width: number, gap = 9) {
  const years = milestones.map((m) => decimalYear(m.date));
  const lo = Math.floor(Math.min(...years));
  const hi = Math.ceil(Math.max(...years));
  const x = scaleLinear()
    .domain([lo, Math.max(hi, lo + 1)])
    .range([0, Math.max(0, width)]);
  const rowEnds: number[] = [];
  const marks: TimelineMark[] = [...milestones]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((milestone) => {
      const at = x(decimalYear(milestone.date));
      return { milestone, group: GROUPS[milestone.kind], x: at, row: laneFor(rowEnds, at, at + gap) };
    });
  const ticks = x.ticks(Math.max(2, Math.floor(width / 60))).filter(Number.isInteger);
  return { x, marks, ticks, rows: Math.max(1, rowEnds.length) };
}
