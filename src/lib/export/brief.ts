/** A project brief for paper: every figure with its footnote number, the sources listed once. */
import type { KeyFigure, Milestone, Part, Project, Ref, Tranche } from '../data/schema';
import { financeTotal, type CountryFinance, type FinanceTotal } from '../data/totals';
import { Footnotes } from './footnotes';

export interface Brief {
  statusNotes: string;
  /** Parts with a status of their own, each with its footnotes. */
  parts: { part: Part; notes: string }[];
  descriptionNotes: string;
  figures: { figure: KeyFigure; values: { value: number; note?: string; notes: string }[] }[];
  tranches: { tranche: Tranche; notes: string }[];
  milestones: { milestone: Milestone; notes: string }[];
  /**
   * For a corridor: what was committed to the projects on it, by country, the roll-up its
   * panel shows (`financeByCountry`), each row with the footnotes of the tranches it sums.
   */
  along: { rows: { row: CountryFinance; notes: string }[]; total: FinanceTotal } | null;
  /** Footnote n is `sources[n - 1]`. */
  sources: readonly Ref[];
}

/**
 * Numbered in reading order: status, description, figures, financing, the finance along a
 * corridor (`along`, for a corridor), milestones.
 */
export function projectBrief(project: Project, along: readonly CountryFinance[] | null = null): Brief {
  const notes = new Footnotes();
  return {
    statusNotes: notes.markers(project.status.refs),
    parts: project.geometry.parts.flatMap((part) =>
      part.status ? [{ part, notes: notes.markers(part.status.refs) }] : [],
    ),
    descriptionNotes: notes.markers(project.descriptionRefs),
    figures: project.figures.map((figure) => ({
      figure,
      values: figure.values.map((v) => ({
        value: v.value,
        ...(v.note ? { note: v.note } : {}),
        notes: notes.markers(v.refs),
      })),
    })),
    tranches: project.financing.map((tranche) => ({
      tranche,
      notes: notes.markers([...(tranche.amount?.refs ?? []), ...tranche.refs]),
    })),
    along: along && {
      rows: along.map((row) => ({ row, notes: notes.markers(row.refs) })),
      total: financeTotal(along),
    },
    milestones: [...project.milestones]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((milestone) => ({ milestone, notes: notes.markers(milestone.refs) })),
    sources: notes.sources,
  };
}
