/**
 * What every map label says: the English name, or in Japanese the Japanese one where the feature
 * has it, and on request the name in the place's own script on a second line. One definition for
 * the basemap's and the projects' label layers, set with `setLayoutProperty` when it changes.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export interface LabelOptions {
  /** The interface language; only Japanese has names of its own on the map. */
  lang: string;
  /** Show the local-script name (Khmer, Lao, Burmese, Thai, Vietnamese) under the label. */
  local: boolean;
}

export const ENGLISH_LABELS: LabelOptions = { lang: 'en', local: false };

/** The feature properties a label layer's text comes from. */
export interface LabelFields {
  en: string;
  ja: string;
  /** The local-script name, where the layer's features carry one. */
  local?: string;
}

/** Places, countries and projects: `name`, `name_ja` and `name_local`. */
export const NAME_FIELDS: LabelFields = { en: 'name', ja: 'name_ja', local: 'name_local' };

/** Size of the local-script line against the label's own. */
const LOCAL_SCALE = 0.85;

export function labelText(fields: LabelFields, options: LabelOptions): ExpressionSpecification {
  const name: ExpressionSpecification =
    options.lang === 'ja' ? ['coalesce', ['get', fields.ja], ['get', fields.en]] : ['get', fields.en];
  if (!options.local || !fields.local) return name;
  // Both branches are formatted text, as `case` needs one type.
  return [
    'case',
    ['to-boolean', ['get', fields.local]],
    ['format', name, {}, '\n', {}, ['get', fields.local], { 'font-scale': LOCAL_SCALE }],
    ['format', name, {}],
  ];
}

/** The label's text for a feature's properties, as `labelText` makes the map draw it. */
export function labelString(
  properties: Readonly<Record<string, unknown>>,
  fields: LabelFields,
  options: LabelOptions,
): string {
  const text = (key: string | undefined) => {
    const value = key ? properties[key] : null;
    return typeof value === 'string' ? value : null;
  };
  const name = (options.lang === 'ja' ? text(fields.ja) : null) ?? text(fields.en) ?? '';
  const local = options.local ? text(fields.local) || null : null;
  return local ? `${name}\n${local}` : name;
}
