import { describe, expect, it } from 'vitest';
import { viewFraming } from '../../../src/lib/state/scene-frame';
import { projectBounds } from '../../../src/lib/data/features';
import { DEFAULT_SNAPSHOT } from '../../../src/lib/state/snapshot';
import { NO_FILTERS } from '../../../src/lib/data/filter';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas({ projects: [project(), corridor()] }));
const projects = atlas!.projects;
const byId = new Map(projects.map((p) => [p.id, p]));
const frame = (change: Partial<typeof DEFAULT_SNAPSHOT>) =>
  viewFraming({ ...DEFAULT_SNAPSHOT, ...change }, projects, byId, projectBounds);

describe('viewFraming', () => {
  it('uses the view’s own camera first', () => {
    const camera = { center: [100, 13] as [number, number], zoom: 6 };
    expect(frame({ camera, fit: ['corridor'] })).toEqual({ kind: 'camera', camera });
  });

  it('frames the projects a scene names, else its selected project', () => {
    expect(frame({ fit: ['metro-line'] })).toEqual({
      kind: 'bounds',
      bounds: [106.7, 10.77, 106.8, 10.87],
      named: true,
    });
    expect(frame({ project: 'corridor' })).toEqual({
      kind: 'bounds',
      bounds: [100.5, 11.56, 104.9, 13.75],
      named: true,
    });
  });

  it('frames what the filters leave when nothing is named', () => {
    expect(frame({ filters: { ...NO_FILTERS, country: ['VN'] } })).toEqual({
      kind: 'bounds',
      bounds: [106.7, 10.77, 106.8, 10.87],
      named: false,
    });
  });

  it('falls back to every project when the filters leave nothing located', () => {
    expect(frame({ filters: { ...NO_FILTERS, country: ['LA'] } })).toEqual({
      kind: 'bounds',
      bounds: [100.5, 10.77, 106.8, 13.75],
      named: false,
    });
  });
});
