import { describe, expect, it } from 'vitest';
import {
  featureIdsByProject,
  projectBounds,
  projectsBounds,
  projectFeatures,
  projectLabelPoints,
} from '../../../src/lib/data/features';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas({ projects: [project(), corridor()] }));

describe('projectFeatures (the public data contract)', () => {
  const collection = projectFeatures(atlas!.projects);

  it('is one FeatureCollection with a feature per located part, keyed by project id', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => [f.properties.project, f.properties.part])).toEqual([
      ['corridor', 'central'],
      ['metro-line', 'route'],
      ['metro-line', 'a'],
    ]);
  });

  it('gives every feature a unique numeric id for feature-state', () => {
    const ids = collection.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => Number.isInteger(id))).toBe(true);
  });

  it('flattens countries and corridors to strings a map filter can test', () => {
    const [central] = collection.features;
    expect(central!.properties.countries).toBe('TH,KH');
    expect(central!.properties.corridors).toBe('corridor,corridor-central');
    expect(central!.properties.subCorridor).toBe('corridor-central');
  });
});

describe('projectLabelPoints', () => {
  it('puts one label at the middle of a project’s route, measured along the line', () => {
    const labels = projectLabelPoints(atlas!.projects);
    expect(labels.features).toHaveLength(1);
    const [lon, lat] = labels.features[0]!.geometry.coordinates;
    expect(lon).toBeCloseTo(106.75, 2);
    expect(lat).toBeCloseTo(10.82, 2);
  });

  it('leaves corridors unlabelled: they are drawn as bands, named in the legend and list', () => {
    const labels = projectLabelPoints(atlas!.projects);
    expect(labels.features.map((f) => f.properties.project)).not.toContain('corridor');
  });
});

describe('featureIdsByProject', () => {
  it('lists the feature ids of each project’s parts', () => {
    expect(Object.fromEntries(featureIdsByProject(atlas!.projects))).toEqual({
      corridor: [0],
      'metro-line': [1, 2],
    });
  });

  it('gives the ids the published features carry, part by part', () => {
    const { features } = projectFeatures(atlas!.projects);
    const byProject = featureIdsByProject(atlas!.projects);
    for (const feature of features) expect(byProject.get(feature.properties.project)).toContain(feature.id);
    expect([...byProject.values()].flat()).toEqual(features.map((f) => f.id));
  });
});

describe('projectBounds', () => {
  it('spans all located parts of a project', () => {
    expect(projectBounds(atlas!.projects.find((p) => p.id === 'metro-line')!)).toEqual([
      106.7, 10.77, 106.8, 10.87,
    ]);
  });
});

describe('projectsBounds', () => {
  it('spans every located part of every project, and is null when none is located', () => {
    const [west, south, east, north] = projectsBounds(atlas!.projects, projectBounds)!;
    for (const project of atlas!.projects) {
      const box = projectBounds(project);
      if (!box) continue;
      expect(box[0]).toBeGreaterThanOrEqual(west);
      expect(box[1]).toBeGreaterThanOrEqual(south);
      expect(box[2]).toBeLessThanOrEqual(east);
      expect(box[3]).toBeLessThanOrEqual(north);
    }
    expect(projectsBounds([], projectBounds)).toBeNull();
  });
});
