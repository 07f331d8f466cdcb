import { describe, expect, it } from 'vitest';
import { statusAt, statusesAt, statusRows, timelineYears } from '../../../src/lib/data/status-at';
import type { Project } from '../../../src/lib/data/schema';

const milestone = (date: string, kind: Project['milestones'][number]['kind']) => ({
  date,
  kind,
  label: { en: kind },
  refs: [{ source: 's' }],
});
const project = (status: Project['status']['value'], confirmed: string, milestones: Project['milestones']) =>
  ({ id: 'p', status: { value: status, confirmed, refs: [] }, milestones }) as unknown as Project;

const line = project('operational', '2024-12', [
  milestone('2007-03', 'loan-agreement'),
  milestone('2012-08', 'construction-start'),
  milestone('2024-12-22', 'opening'),
]);

describe('statusAt', () => {
  it('is null before the first milestone: the project is not yet on the map', () => {
    expect(statusAt(line, 2006)).toBeNull();
  });

  it('is planned from the first milestone, under construction from the construction start', () => {
    expect(statusAt(line, 2007)).toBe('planned');
    expect(statusAt(line, 2011)).toBe('planned');
    expect(statusAt(line, 2012)).toBe('under-construction');
    expect(statusAt(line, 2023)).toBe('under-construction');
  });

  it('is the confirmed status from the year it was confirmed on', () => {
    expect(statusAt(line, 2024)).toBe('operational');
    expect(statusAt(line, 2030)).toBe('operational');
  });

  it('does not take an opened first phase back when a later phase begins', () => {
    const phased = project('under-construction', '2024-09', [
      milestone('2014-06', 'exchange-of-notes'),
      milestone('2015-01', 'construction-start'),
      milestone('2021-06', 'completion'),
      milestone('2022-01', 'construction-start'),
    ]);
    expect(statusAt(phased, 2021)).toBe('operational');
    expect(statusAt(phased, 2023)).toBe('operational');
    expect(statusAt(phased, 2024)).toBe('under-construction');
  });

  it('shows a suspension only from the year it was confirmed', () => {
    const halted = project('suspended', '2021-03', [milestone('2020-11', 'loan-agreement')]);
    expect(statusAt(halted, 2020)).toBe('planned');
    expect(statusAt(halted, 2021)).toBe('suspended');
  });
});

describe('timelineYears and statusesAt', () => {
  it('spans the first milestone to the last confirmed status', () => {
    const other = project('planned', '2020-09', [milestone('2014-10', 'contract')]);
    expect(timelineYears([line, other])).toEqual({ min: 2007, max: 2024 });
    expect(timelineYears([])).toBeNull();
  });

  it('gives no statuses for no year: today’s map', () => {
    expect(statusesAt([line], null)).toBeNull();
    expect(statusesAt([line], 2012)).toEqual(new Map([['p', 'under-construction']]));
  });
});

describe('statusRows', () => {
  const named = (id: string, p: Project) => ({ ...p, id }) as Project;
  const metro = named('metro', line);
  const port = named(
    'port',
    project('under-construction', '2025-06', [
      { ...milestone('2019-01', 'exchange-of-notes'), refs: [{ source: 'en' }] },
      { ...milestone('2021-05', 'construction-start'), refs: [{ source: 'start' }] },
    ]),
  );
  const byId = (a: Project, b: Project) => a.id.localeCompare(b.id);

  it('gives each project the status the map draws in that year, with the milestones that set it as sources', () => {
    const rows = statusRows([port, metro], 2020, byId);
    expect(rows.map((r) => [r.project.id, r.status])).toEqual([
      ['metro', 'under-construction'],
      ['port', 'planned'],
    ]);
    expect(rows[1]!.refs).toEqual([{ source: 'en' }]);
  });

  it('lists a project not yet begun last, with no status and no source', () => {
    const rows = statusRows([metro, port], 2010, byId);
    expect(rows.map((r) => [r.project.id, r.status])).toEqual([
      ['metro', 'planned'],
      ['port', null],
    ]);
    expect(rows[1]!.refs).toEqual([]);
  });

  it('today, gives the confirmed status and its own sources', () => {
    const confirmed = { ...port, status: { ...port.status, refs: [{ source: 'operator' }] } } as Project;
    const rows = statusRows([confirmed], null, byId);
    expect(rows[0]).toMatchObject({ status: 'under-construction', refs: [{ source: 'operator' }] });
  });
});
