import { describe, expect, it } from 'vitest';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import {
  ENGLISH_LABELS,
  NAME_FIELDS,
  labelString,
  labelText,
  type LabelFields,
  type LabelOptions,
} from '../../../src/lib/map/label-text';

/** What the map draws for a feature: the text-field expression evaluated as MapLibre does. */
function drawn(fields: LabelFields, options: LabelOptions, properties: Record<string, unknown>): string {
  const parsed = createExpression(labelText(fields, options), latest.layout_symbol['text-field'] as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return String(parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties } as never));
}

const PHNOM_PENH = { name: 'Phnom Penh', name_ja: 'プノンペン', name_local: 'ភ្នំពេញ' };
const NAY_PYI_TAW = { name: 'Nay Pyi Taw', name_ja: null, name_local: null };
const ALL: LabelOptions[] = [
  ENGLISH_LABELS,
  { lang: 'ja', local: false },
  { lang: 'en', local: true },
  { lang: 'ja', local: true },
];

describe('labelText', () => {
  it('is the English name in English, the Japanese one in Japanese, English where there is none', () => {
    expect(drawn(NAME_FIELDS, ENGLISH_LABELS, PHNOM_PENH)).toBe('Phnom Penh');
    expect(drawn(NAME_FIELDS, { lang: 'ja', local: false }, PHNOM_PENH)).toBe('プノンペン');
    expect(drawn(NAME_FIELDS, { lang: 'ja', local: false }, NAY_PYI_TAW)).toBe('Nay Pyi Taw');
  });

  it('adds the local-script name on a line of its own on request, where the feature has one', () => {
    expect(drawn(NAME_FIELDS, { lang: 'en', local: true }, PHNOM_PENH)).toBe('Phnom Penh\nភ្នំពេញ');
    expect(drawn(NAME_FIELDS, { lang: 'ja', local: true }, PHNOM_PENH)).toBe('プノンペン\nភ្នំពេញ');
    expect(drawn(NAME_FIELDS, { lang: 'ja', local: true }, NAY_PYI_TAW)).toBe('Nay Pyi Taw');
    // A layer whose features have no local names is unchanged.
    const parts: LabelFields = { en: 'partName', ja: 'partName_ja' };
    expect(labelText(parts, { lang: 'ja', local: true })).toEqual(
      labelText(parts, { lang: 'ja', local: false }),
    );
  });

  it('is written as labelString says, for every option', () => {
    for (const options of ALL)
      for (const feature of [PHNOM_PENH, NAY_PYI_TAW, { name: 'Bavet', name_ja: '', name_local: '' }])
        expect(drawn(NAME_FIELDS, options, feature), JSON.stringify(options)).toBe(
          labelString(feature, NAME_FIELDS, options),
        );
  });

  it('is a valid text-field for every option', () => {
    for (const options of ALL) {
      const parsed = createExpression(
        labelText(NAME_FIELDS, options),
        latest.layout_symbol['text-field'] as never,
      );
      expect(parsed.result, JSON.stringify(options)).toBe('success');
    }
  });
});
