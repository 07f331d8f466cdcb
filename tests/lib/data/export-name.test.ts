import { describe, expect, it } from 'vitest';
import { exportFileName, imageFileName } from '../../../src/lib/data/export-name';
import { NO_FILTERS } from '../../../src/lib/data/filter';

describe('export file names', () => {
  it('name the table, each filter in order and the as-of date', () => {
    const filters = { ...NO_FILTERS, country: ['KH'], corridor: ['southern-economic-corridor'] };
    expect(exportFileName('tranches', filters, '2026-12-01', 'csv')).toBe(
      'mekong-japan-tranches_country-KH_corridor-southern-economic-corridor_2026-12-01.csv',
    );
  });

  it('join several values of one filter with +, and name the years', () => {
    const filters = {
      ...NO_FILTERS,
      country: ['KH', 'VN'],
      financier: ['japan-oda'],
      years: { from: 2015, to: 2020 },
    };
    expect(exportFileName('projects', filters, '2026-12-01', 'geojson')).toBe(
      'mekong-japan-projects_country-KH+VN_financier-japan-oda_years-2015-2020_2026-12-01.geojson',
    );
    expect(
      exportFileName('milestones', { ...NO_FILTERS, years: { from: 2018, to: null } }, '2026-12-01', 'csv'),
    ).toBe('mekong-japan-milestones_years-from-2018_2026-12-01.csv');
    expect(
      exportFileName('milestones', { ...NO_FILTERS, years: { from: 2012, to: 2012 } }, '2026-12-01', 'csv'),
    ).toBe('mekong-japan-milestones_years-2012_2026-12-01.csv');
  });

  it('say "all" when nothing is filtered, unlike the whole-data download', () => {
    expect(exportFileName('projects', NO_FILTERS, '2026-12-01', 'geojson')).toBe(
      'mekong-japan-projects_all_2026-12-01.geojson',
    );
  });

  it('keep only safe characters from any value', () => {
    expect(exportFileName('projects', { ...NO_FILTERS, sector: ['../x y'] }, '2026-12-01', 'csv')).toBe(
      'mekong-japan-projects_sector--x-y_2026-12-01.csv',
    );
  });
});

describe('image file names', () => {
  it('name a scene by its deck and number, and mark the print size', () => {
    expect(imageFileName({ scene: { deck: 'default', n: 3 } }, '2026-12-01', 1)).toBe(
      'mekong-japan-scene_default-3_2026-12-01.png',
    );
    expect(imageFileName({ scene: { deck: 'default', n: 3 } }, '2026-12-01', 2)).toBe(
      'mekong-japan-scene_default-3_2026-12-01@2x.png',
    );
  });

  it('name the map by its project, filters and year', () => {
    const filters = { ...NO_FILTERS, country: ['KH'] };
    expect(imageFileName({ project: 'national-road-5', filters, year: 2015 }, '2026-12-01', 1)).toBe(
      'mekong-japan-map_national-road-5_country-KH_year-2015_2026-12-01.png',
    );
    expect(imageFileName({ project: null, filters: NO_FILTERS, year: null }, '2026-12-01', 1)).toBe(
      'mekong-japan-map_all_2026-12-01.png',
    );
  });
});
