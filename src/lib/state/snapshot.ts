/**
 * The view snapshot's schema: what a link, a scene or a deck file restores. One versioned zod
 * schema (zod/mini), read two ways; its shape and defaults are in ./view-snapshot.ts, so the first
 * view loads this only when there is something to read (a link naming a view, a deck file). Deck files are read strictly (`ViewSpec`: every field optional, no unknown
 * key, a bad value is an error naming its field). Links and other untrusted input are read
 * leniently (`readSnapshot`): each field that fails falls back to its default on its own, and
 * unknown filter values are dropped one by one, so a link never throws.
 */
import { z } from '../zod-mini';
import { LOCALES } from '../i18n/translate';
import { DIMENSIONS, type Dimension, type FilterValues, type YearRange } from '../data/filter';
import { GROUPINGS } from '../charts/groupings';
import { NEAR_KM } from '../data/corridor-membership.ts';
import { FIRST_YEAR, LAST_YEAR } from '../data/years';
import {
  DEFAULT_PANELS,
  MAX_QUERY,
  SNAPSHOT_VERSION,
  TEXT_SIZES,
  type KnownValues,
  type ViewSnapshot,
} from './view-snapshot';

export * from './view-snapshot';
export { FIRST_YEAR, LAST_YEAR };

const Year = z.int().check(z.gte(FIRST_YEAR), z.lte(LAST_YEAR));

export const Camera = z.strictObject({
  center: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-85), z.lte(85))]),
  zoom: z.number().check(z.gte(0), z.lte(22)),
});
export type Camera = z.infer<typeof Camera>;

const YearsSpec = z
  .strictObject({ from: z._default(z.nullable(Year), null), to: z._default(z.nullable(Year), null) })
  .check(z.refine((y) => y.from === null || y.to === null || y.from <= y.to, 'the year range is reversed'));

const Id = z.string().check(z.minLength(1), z.maxLength(100));
const ValueList = z.array(Id).check(z.maxLength(200));

const FiltersSpec = z.strictObject({
  ...(Object.fromEntries(DIMENSIONS.map((d) => [d, z.optional(ValueList)])) as Record<
    Dimension,
    z.ZodMiniOptional<typeof ValueList>
  >),
  years: z.optional(YearsSpec),
});

export const Panels = z.strictObject({
  fundingBy: z.enum(GROUPINGS),
  currency: z.enum(['JPY', 'USD']),
  trade: z.enum(['trade', 'fdi']),
  /** The chart a presenter shows beside the caption; null shows none. */
  chart: z.nullable(z.enum(['funding', 'trade'])),
  /** The corridor panel's "within N km" distance. */
  nearKm: z.union(NEAR_KM.map((km) => z.literal(km)) as [z.ZodMiniLiteral<5>, ...z.ZodMiniLiteral<number>[]]),
});
export type PanelChoices = z.infer<typeof Panels>;

const fields = {
  version: z.literal(SNAPSHOT_VERSION),
  locale: z.enum(LOCALES),
  textSize: z.enum(TEXT_SIZES),
  /** The map writes each place's name in its own script too (Khmer, Lao, Burmese, Thai, Vietnamese). */
  localNames: z.boolean(),
  project: z.nullable(Id),
  camera: z.nullable(Camera),
  /** Projects the camera frames when no camera is given. */
  fit: z.nullable(ValueList),
  filters: FiltersSpec,
  query: z.string().check(z.maxLength(MAX_QUERY)),
  panels: z.partial(Panels),
  /** The timeline year; null shows every project as it is today. */
  year: z.nullable(Year),
};

/** A view as a deck file writes it: any field left out takes its default. */
export const ViewSpec = z.partial(z.strictObject(fields));
export type ViewSpec = z.infer<typeof ViewSpec>;

function field<T>(schema: z.ZodMiniType<T>, input: unknown, fallback: T): T {
  const result = schema.safeParse(input);
  return result.success ? result.data : fallback;
}

const asRecord = (input: unknown): Record<string, unknown> =>
  input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

const knownList = (input: unknown, known: ReadonlySet<string>): string[] =>
  Array.isArray(input)
    ? [...new Set(input.filter((v): v is string => typeof v === 'string' && known.has(v)))]
    : [];

function readFilters(input: unknown, known: KnownValues): FilterValues {
  const value = asRecord(input);
  const filters: Record<string, unknown> = {};
  for (const dimension of DIMENSIONS)
    filters[dimension] = knownList(value[dimension], known.options[dimension]);
  const years = field(YearsSpec, value.years, { from: null, to: null });
  return { ...(filters as Record<Dimension, string[]>), years: years as YearRange };
}

function readPanels(input: unknown): PanelChoices {
  const value = asRecord(input);
  const panels = { ...DEFAULT_PANELS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(Panels.shape))
    panels[key] = field(schema as z.ZodMiniType<unknown>, value[key], panels[key]);
  return panels as PanelChoices;
}

/** Reads untrusted input (a link, a stored view): never throws; each bad field takes its default. */
export function readSnapshot(input: unknown, known: KnownValues): ViewSnapshot {
  const value = asRecord(input);
  const project = field(fields.project, value.project, null);
  const fit = Array.isArray(value.fit) ? knownList(value.fit, known.projects) : [];
  return {
    version: SNAPSHOT_VERSION,
    locale: field(fields.locale, value.locale, 'en'),
    textSize: field(fields.textSize, value.textSize, 'normal'),
    localNames: field(fields.localNames, value.localNames, false),
    project: project !== null && known.projects.has(project) ? project : null,
    camera: field(fields.camera, value.camera, null),
    fit: fit.length ? fit : null,
    filters: readFilters(value.filters, known),
    query: typeof value.query === 'string' ? value.query.slice(0, MAX_QUERY) : '',
    panels: readPanels(value.panels),
    year: field(fields.year, value.year, null),
  };
}

/** The values a strictly read view names that the atlas does not have, one line each. */
export function unknownValues(spec: ViewSpec, known: KnownValues): string[] {
  const problems: string[] = [];
  // Quoted as JSON, so a value with a line break in it still makes one line.
  const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (spec.project && !known.projects.has(spec.project))
    problems.push(`project: unknown project ${quote(spec.project)}`);
  spec.fit?.forEach((id, i) => {
    if (!known.projects.has(id)) problems.push(`fit[${i}]: unknown project ${quote(id)}`);
  });
  for (const dimension of DIMENSIONS) {
    spec.filters?.[dimension]?.forEach((value, i) => {
      if (!known.options[dimension].has(value))
        problems.push(`filters.${dimension}[${i}]: unknown ${dimension} ${quote(value)}`);
    });
  }
  return problems;
}
