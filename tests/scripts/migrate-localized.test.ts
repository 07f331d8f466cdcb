/** The migration that brings data files in the older format (plain English strings) to localised text. */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../scripts/migrate-localized';
import { validateAtlas } from '../../src/lib/data/validate';
import { rawAtlas } from '../fixtures/atlas';

const oldProject = {
  id: 'metro-line',
  name: 'Metro Line',
  shortName: 'Metro',
  names: { ja: 'メトロ線', vi: 'Tuyến metro' },
  description: 'A metro line.',
  milestones: [
    {
      date: '2024-12-22',
      kind: 'opening',
      label: 'Opened',
      refs: [{ source: 'operator', quote: 'opened', note: 'A note.' }],
    },
  ],
  geometry: {
    derivation: 'Through the stations.',
    parts: [{ id: 'a', kind: 'station', name: 'A', names: { th: 'เอ' } }],
  },
};

describe('migrate-localized', () => {
  it('wraps every text a reader sees as { en } and moves names.ja into name.ja', () => {
    const { value, changed } = migrate(oldProject);
    expect(changed).toBe(true);
    expect(value).toMatchObject({
      name: { en: 'Metro Line', ja: 'メトロ線' },
      shortName: { en: 'Metro' },
      names: { vi: 'Tuyến metro' },
      description: { en: 'A metro line.' },
      milestones: [{ label: { en: 'Opened' } }],
      geometry: {
        derivation: { en: 'Through the stations.' },
        parts: [{ name: { en: 'A' }, names: { th: 'เอ' } }],
      },
    });
    expect((value as { names: object }).names).not.toHaveProperty('ja');
  });

  it("never touches a source's own words", () => {
    const { value } = migrate(oldProject);
    expect((value as typeof oldProject).milestones[0]!.refs[0]).toEqual(oldProject.milestones[0]!.refs[0]);
  });

  it("moves an event's labelJa into its label", () => {
    const { value } = migrate([
      { id: 'e', date: '2008', label: 'AJCEP enters into force', labelJa: 'AJCEP発効' },
    ]);
    expect(value).toEqual([
      { id: 'e', date: '2008', label: { en: 'AJCEP enters into force', ja: 'AJCEP発効' } },
    ]);
  });

  it('changes nothing in a file already migrated', () => {
    const once = migrate(oldProject).value;
    expect(migrate(once)).toEqual({ value: once, changed: false });
  });

  it('turns a valid project of the old format into a valid one of the new', () => {
    const fixture = rawAtlas();
    const old = JSON.parse(
      JSON.stringify(fixture.projects[0]!.data, (key, v) =>
        v && typeof v === 'object' && 'en' in v && Object.keys(v).length === 1 ? v.en : v,
      ),
    );
    expect(validateAtlas(rawAtlas({ projects: [old] })).atlas).toBeNull();
    expect(
      validateAtlas(rawAtlas({ projects: [migrate(old).value as Record<string, unknown>] })).atlas,
    ).not.toBeNull();
  });
});
