import { describe, expect, it } from 'vitest';
import { projectFeatures } from '../../../src/lib/data/features';
import { validateAtlas } from '../../../src/lib/data/validate';
import { formatIssue } from '../../../src/lib/data/data-error';
import { legendItems } from '../../../src/lib/map/legend';
import { projectBrief } from '../../../src/lib/export/brief';
import { project, rawAtlas } from '../../fixtures/atlas';

const line = (id: string, status?: unknown) => ({
  id,
  kind: 'route',
  name: { en: `Section ${id}` },
  ...(status ? { status } : {}),
  geometry: {
    type: 'LineString',
    coordinates: [
      [104.9, 11.5],
      [104.5, 12.2],
    ],
  },
  refs: [{ source: 'operator' }],
});
// A road opened in sections: the whole is under construction, one section is open.
const road = project({
  id: 'road',
  status: { value: 'under-construction', confirmed: '2025-02', refs: [{ source: 'operator' }] },
  geometry: {
    derivation: { en: 'Its sections.' },
    parts: [
      line('north', {
        value: 'operational',
        confirmed: '2022-01-10',
        refs: [{ source: 'summit', para: '3' }],
      }),
      line('south'),
    ],
  },
});
const { atlas, issues } = validateAtlas(rawAtlas({ projects: [road] }));

describe('a status per part', () => {
  it('is valid data, with its own date and sources', () => {
    expect(issues).toEqual([]);
    expect(atlas!.projects[0]!.geometry.parts[0]!.status?.value).toBe('operational');
  });

  it('draws each part by its own status, and a part without one by the project’s', () => {
    const statuses = projectFeatures(atlas!.projects).features.map((f) => [
      f.properties.part,
      f.properties.status,
    ]);
    expect(statuses).toEqual([
      ['north', 'operational'],
      ['south', 'under-construction'],
    ]);
  });

  it('puts both statuses in the legend of today’s map', () => {
    const items = legendItems(atlas!.projects);
    expect(items.built).toBe(true);
    expect(items.notBuilt).toEqual(['under-construction']);
  });

  it('is listed, with its footnote, in the printed brief', () => {
    const brief = projectBrief(atlas!.projects[0]!);
    expect(brief.parts.map((p) => p.part.id)).toEqual(['north']);
    expect(brief.sources.map((r) => r.source)).toContain('summit');
  });

  it('refuses a part status that is not a status', () => {
    const bad = project({
      id: 'road',
      geometry: {
        derivation: { en: 'x' },
        parts: [line('north', { value: 'open', confirmed: '2022', refs: [] })],
      },
    });
    const result = validateAtlas(rawAtlas({ projects: [bad] }));
    expect(result.atlas).toBeNull();
    expect(result.issues.map(formatIssue).join('\n')).toMatch(/status\.value/);
  });
});
