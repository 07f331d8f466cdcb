import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { csvCell, projectsCsv, projectsGeojson, sourceIdsOf } from '../../../src/lib/data/export';
import { validateAtlas } from '../../../src/lib/data/validate';
import { project, rawAtlas } from '../../fixtures/atlas';

const { atlas } = validateAtlas(rawAtlas({ projects: [project()] }));
const sourceById = new Map(atlas!.sources.map((s) => [s.id, s]));

describe('CSV export', () => {
  it('has a header and one row per project, with amounts as stated and every source with its kind', () => {
    const [header, row, end] = projectsCsv(atlas!.projects, sourceById, '2026-12-01', sourceIdsOf).split(
      '\r\n',
    );
    expect(header).toBe(
      '\uFEFFid,name,countries,sector,kind,status,status_confirmed,corridors,financing_as_stated,located,sources,data_as_of',
    );
    expect(row).toContain(
      'metro-line,Metro Line,VN,transport,metro,operational,2024-12-22,,Tranche I (JICA): 1 billion yen,yes,',
    );
    expect(row).toContain('Line page, Operator <https://example.org/line> (read 2026-11-22) [official]');
    expect(row).toContain('Joint Statement, Governments, 2020-11-13 (002_8c8b1a2f0346ba07.txt) [official]');
    expect(row).toMatch(/,2026-12-01$/);
    expect(end).toBe('');
  });

  it('parses as one row per project, a formula-like name defused', () => {
    const { atlas: two } = validateAtlas(
      rawAtlas({ projects: [project(), project({ id: 'b', name: { en: '=1+1' } })] }),
    );
    const csv = projectsCsv(two!.projects, sourceById, '2026-12-01', sourceIdsOf);
    const rows = csvParse(csv.replace(/^\uFEFF/, ''));
    expect(rows.map((r) => [r.id, r.name]).sort()).toEqual([
      ['b', "'=1+1"],
      ['metro-line', 'Metro Line'],
    ]);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('GeoJSON export', () => {
  it('is the public data contract for the given projects', () => {
    const collection = JSON.parse(projectsGeojson(atlas!.projects, '2026-12-01')) as {
      type: string;
      features: unknown[];
      asOf: string;
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(2);
    expect(collection.asOf).toBe('2026-12-01');
  });
});
