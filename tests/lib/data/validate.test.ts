import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/lib/data/data-error';
import { validateAtlas } from '../../../src/lib/data/validate';
import { corridor, project, rawAtlas, sources } from '../../fixtures/atlas';

function messages(raw: ReturnType<typeof rawAtlas>): string[] {
  const result = validateAtlas(raw);
  return result.issues.map(formatIssue);
}

const line = (coordinates: number[][]) => ({
  id: 'route',
  kind: 'route',
  name: { en: 'Route' },
  geometry: { type: 'LineString', coordinates },
  refs: [{ source: 'operator' }],
});

describe('validateAtlas', () => {
  it('accepts valid data and returns it typed and sorted by id', () => {
    const result = validateAtlas(rawAtlas());
    expect(result.issues).toEqual([]);
    expect(result.atlas?.projects.map((p) => p.id)).toEqual(['corridor', 'metro-line']);
  });

  it('names the file and the field path of a schema error in one line', () => {
    const bad = project({
      status: { value: 'finished', confirmed: '2024-12-22', refs: [{ source: 'operator' }] },
    });
    const [message] = messages(rawAtlas({ projects: [bad] }));
    expect(message).toMatch(/^geodata\/projects\/metro-line\.json: status\.value: /);
    expect(message).not.toContain('\n');
  });

  it('rejects a misspelled key in a project file, naming the file and the field', () => {
    const bad = project({ shortname: 'Metro' });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: shortname: unknown field (misspelled, or not part of the schema)',
    ]);
  });

  it('rejects an unknown key deep inside a project, at its full path', () => {
    const bad = project();
    const amount = (bad.financing as { amount: Record<string, unknown> }[])[0]!.amount;
    amount.curency = 'JPY';
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: financing[0].amount.curency: unknown field (misspelled, or not part of the schema)',
    ]);
  });

  it('rejects unknown keys in sources and shared files too', () => {
    const [summit, operator] = sources();
    expect(messages(rawAtlas({ sources: [summit, { ...operator, acessed: '2026-11-22' }] }))).toContain(
      'geodata/sources/test.json: [1].acessed: unknown field (misspelled, or not part of the schema)',
    );
    const programme = { id: 'grant', name: { en: 'Grant' }, note: 'x' };
    expect(messages(rawAtlas({ programmes: [programme] }))).toContain(
      'geodata/programmes.json: [0].note: unknown field (misspelled, or not part of the schema)',
    );
  });

  it('returns no atlas at all when anything is wrong, so nothing is half-loaded', () => {
    const result = validateAtlas(
      rawAtlas({ projects: [project(), project({ id: 'x', countries: ['FR'] })] }),
    );
    expect(result.atlas).toBeNull();
  });

  it('requires a source for every figure', () => {
    const bad = project({
      figures: [
        { key: 'length', label: { en: 'Length' }, unit: { en: 'km' }, values: [{ value: 19.7, refs: [] }] },
      ],
    });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: figures[0].values[0].refs: needs at least one source',
    ]);
  });

  it('rejects an unknown source behind a description too', () => {
    const bad = project({ descriptionRefs: [{ source: 'nowhere' }] });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: descriptionRefs[0].source: unknown source "nowhere"',
    ]);
  });

  it('names an unknown source deep inside a record at its full path', () => {
    const bad = project();
    const amount = (bad.financing as { amount: { refs: { source: string }[] } }[])[0]!.amount;
    amount.refs = [{ source: 'operator' }, { source: 'nowhere' }];
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: financing[0].amount.refs[1].source: unknown source "nowhere"',
    ]);
  });

  it('requires every tranche to name its financier group, from the known groups', () => {
    const tranche = project().financing[0]!;
    const none = project({ financing: [{ ...tranche, financiers: [] }] });
    expect(messages(rawAtlas({ projects: [none] }))).toEqual([
      'geodata/projects/metro-line.json: financing[0].financiers: needs at least one financier group',
    ]);
    const unknown = project({ financing: [{ ...tranche, financiers: ['world-bank'] }] });
    expect(messages(rawAtlas({ projects: [unknown] }))[0]).toMatch(
      /^geodata\/projects\/metro-line\.json: financing\[0\]\.financiers\[0\]: /,
    );
  });

  it('rejects a reference to a source that does not exist', () => {
    const bad = project({ mentionedIn: [{ source: 'nowhere' }] });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: mentionedIn[0].source: unknown source "nowhere"',
    ]);
  });

  it('rejects duplicate project ids and ids that do not match the file name', () => {
    const raw = rawAtlas({ projects: [project(), project()] });
    expect(messages(raw)).toEqual([
      'geodata/projects/metro-line.json: id: duplicate project id "metro-line" (first in geodata/projects/metro-line.json)',
    ]);
    const renamed = rawAtlas({ projects: [project()] });
    renamed.projects[0]!.file = 'geodata/projects/other.json';
    expect(messages(renamed)).toEqual([
      'geodata/projects/other.json: id: id "metro-line" must match the file name "other"',
    ]);
  });

  it('rejects duplicate source ids', () => {
    expect(messages(rawAtlas({ sources: [...sources(), sources()[0]] }))).toEqual([
      'geodata/sources/test.json: [2].id: duplicate source id "summit" (first in geodata/sources/test.json)',
    ]);
  });

  it('spots coordinates given as [lat, lon]', () => {
    const bad = project({
      geometry: {
        derivation: { en: 'x' },
        parts: [
          line([
            [10.77, 106.7],
            [10.87, 106.8],
          ]),
        ],
      },
    });
    const found = messages(rawAtlas({ projects: [bad] }));
    expect(found).toEqual([
      'geodata/projects/metro-line.json: geometry.parts[0].geometry.coordinates[0]: [10.77, 106.7] looks like [lat, lon]; GeoJSON wants [lon, lat] (and 1 more)',
    ]);
  });

  it('rejects coordinates outside the region or out of range', () => {
    const bad = project({
      geometry: {
        derivation: { en: 'x' },
        parts: [
          line([
            [2.35, 48.85],
            [106.8, 10.87],
          ]),
        ],
      },
    });
    expect(messages(rawAtlas({ projects: [bad] }))[0]).toContain('is outside the region');
  });

  it('requires RFC 7946 winding: counter-clockwise exterior rings', () => {
    const clockwise = [
      [103.5, 10.6],
      [103.5, 10.7],
      [103.6, 10.7],
      [103.6, 10.6],
      [103.5, 10.6],
    ];
    const site = (ring: number[][]) =>
      project({
        geometry: {
          derivation: { en: 'x' },
          parts: [
            {
              id: 'site',
              kind: 'site',
              name: { en: 'Site' },
              geometry: { type: 'Polygon', coordinates: [ring] },
              refs: [{ source: 'operator' }],
            },
          ],
        },
      });
    expect(messages(rawAtlas({ projects: [site(clockwise)] }))).toEqual([
      'geodata/projects/metro-line.json: geometry.parts[0].geometry.coordinates[0]: exterior ring must be counter-clockwise (RFC 7946)',
    ]);
    expect(messages(rawAtlas({ projects: [site([...clockwise].reverse())] }))).toEqual([]);
  });

  it('requires stations to be points', () => {
    const bad = project({
      geometry: {
        derivation: { en: 'x' },
        parts: [
          {
            ...line([
              [106.7, 10.77],
              [106.8, 10.87],
            ]),
            kind: 'station',
          },
        ],
      },
    });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: geometry.parts[0].geometry.type: a station must be a Point',
    ]);
  });

  it('requires every corridor membership to name a corridor and one of its own sub-corridors', () => {
    const on = (corridorId: string, subCorridor?: string) => ({
      corridor: corridorId,
      ...(subCorridor ? { subCorridor } : {}),
      refs: [{ source: 'summit', para: '11' }],
    });
    const member = project({ corridors: [on('corridor', 'corridor-central')] });
    expect(messages(rawAtlas({ projects: [member, corridor()] }))).toEqual([]);
    const stray = project({ corridors: [on('no-such-corridor')] });
    expect(messages(rawAtlas({ projects: [stray, corridor()] }))).toEqual([
      'geodata/projects/metro-line.json: corridors[0].corridor: "no-such-corridor" is not a corridor project',
    ]);
    const wrongSub = project({ corridors: [on('corridor', 'elsewhere')] });
    expect(messages(rawAtlas({ projects: [wrongSub, corridor()] }))).toEqual([
      'geodata/projects/metro-line.json: corridors[0].subCorridor: "elsewhere" is not a sub-corridor of corridor',
    ]);
    const twice = project({ corridors: [on('corridor'), on('corridor')] });
    expect(messages(rawAtlas({ projects: [twice, corridor()] }))).toEqual([
      'geodata/projects/metro-line.json: corridors[1]: the same corridor membership is given twice',
    ]);
  });

  it('requires a membership to cite the source that places the project on the corridor', () => {
    const unsourced = project({ corridors: [{ corridor: 'corridor', refs: [] }] });
    expect(messages(rawAtlas({ projects: [unsourced, corridor()] }))).toEqual([
      'geodata/projects/metro-line.json: corridors[0].refs: needs at least one source',
    ]);
  });

  it('requires a corridor route to say its precision', () => {
    const bad = corridor();
    delete (bad.geometry as { parts: { precision?: string }[] }).parts[0]!.precision;
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/corridor.json: geometry.parts[0].precision: a corridor route must say its precision (follows-road, approximate or schematic)',
    ]);
  });

  it('requires a corridor part to draw one of its own sub-corridors', () => {
    const bad = corridor();
    (bad.geometry as { parts: { subCorridor?: string }[] }).parts[0]!.subCorridor = 'elsewhere';
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/corridor.json: geometry.parts[0].subCorridor: "elsewhere" is not one of this project\'s subCorridors',
    ]);
  });

  it('requires an unlocated project to say why', () => {
    const bad = project({ geometry: { derivation: { en: 'Not located.' }, parts: [] } });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: geometry.limitations: a project with no located parts must say why in geometry.limitations',
    ]);
  });

  it('rejects dates that are not on the calendar', () => {
    const bad = project({
      status: { value: 'operational', confirmed: '2023-02-30', refs: [{ source: 'operator' }] },
    });
    expect(messages(rawAtlas({ projects: [bad] }))).toEqual([
      'geodata/projects/metro-line.json: status.confirmed: 2023-02-30 is not a calendar date',
    ]);
  });

  it('requires series points in year order without repeats', () => {
    const point = (year: number) => ({
      year,
      value: 1,
      asStated: 'US$1 billion',
      refs: [{ source: 'summit' }],
    });
    const series = [
      {
        id: 'trade',
        label: { en: 'Trade' },
        unit: { en: 'USD billion' },
        definition: { en: 'x' },
        points: [point(2012), point(2011), point(2011)],
      },
    ];
    expect(messages(rawAtlas({ series }))).toEqual([
      'geodata/series.json: [0].points[1].year: points must be in year order',
      'geodata/series.json: [0].points[2].year: year 2011 appears twice',
    ]);
  });
});

describe('validateAtlas: the as-of date', () => {
  const withMeta = (data: unknown) => {
    const raw = rawAtlas();
    raw.meta.data = data;
    return validateAtlas(raw);
  };

  it("carries the data set's as-of date in the atlas", () => {
    expect(withMeta({ asOf: '2026-12-01' }).atlas?.meta).toEqual({ asOf: '2026-12-01' });
  });

  it('requires it as a real YYYY-MM-DD date, and nothing else in the file', () => {
    expect(withMeta({ asOf: '1 Dec 2026' }).issues.map(formatIssue)).toEqual([
      'geodata/meta.json: asOf: must be YYYY-MM-DD',
    ]);
    expect(withMeta({ asOf: '2026-02-30' }).issues.map(formatIssue)).toEqual([
      'geodata/meta.json: asOf: 2026-02-30 is not a calendar date',
    ]);
    expect(withMeta({ asOf: '2026-12-01', asof: '2026-12-01' }).issues.map(formatIssue)).toEqual([
      'geodata/meta.json: asof: unknown field (misspelled, or not part of the schema)',
    ]);
    expect(withMeta({}).atlas).toBeNull();
  });
});

describe('validateAtlas: rates and events', () => {
  const event = (id: string) => ({
    id,
    date: '2008-12-01',
    label: { en: 'AJCEP enters into force' },
    refs: [{ source: 'summit' }],
  });

  it('rejects duplicate event ids', () => {
    const raw = rawAtlas();
    raw.events.data = [event('ajcep'), event('ajcep')];
    expect(validateAtlas(raw).issues.map(formatIssue)).toEqual([
      'geodata/events.json: [1].id: duplicate event id "event:ajcep" (also in geodata/events.json)',
    ]);
  });

  it('requires every rate to cite its source', () => {
    const raw = rawAtlas();
    raw.rates.data = [
      { currency: 'JPY', perUsd: 110.5, date: '2016-05', basis: { en: 'monthly average' }, refs: [] },
    ];
    expect(validateAtlas(raw).issues.map(formatIssue)).toEqual([
      'geodata/rates.json: [0].refs: needs at least one source',
    ]);
  });
});
