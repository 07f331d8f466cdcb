/**
 * The one place where atlas data is validated. Everything downstream uses the
 * inferred types; nothing else parses raw JSON.
 *
 * Every object is strict: a key the schema does not name is an error, not silently dropped.
 *
 * Provenance rule: every figure, date and geometry part carries `refs`, each naming
 * a source from geodata/sources.json (a shared document with a paragraph, or a
 * public address with the date it was read). Unknown values are `null` and shown
 * as "not disclosed"; conflicting sources are kept as separate entries side by side.
 */
import { z } from '../zod.ts';
import { isClosed, ringCrossing, ringsMeet, signedArea } from './geometry.ts';
import { inRegion, REGION_BBOX } from './region.ts';
import { FIRST_YEAR, LAST_YEAR } from './years.ts';

/** Longest one-line text (a name, a title, a label) and longest prose (a description, a note). */
export const MAX_LINE = 500;
export const MAX_PROSE = 5000;
/** Larger than any amount or figure the atlas states (336 trillion dong is about 3.4 × 10^14). */
export const MAX_QUANTITY = 1e15;

/**
 * Characters no text of the atlas needs and that hide what it says: control characters, lone
 * surrogates (broken Unicode), direction overrides, a stray byte order mark and U+FFFD, the mark
 * of text decoded with the wrong encoding.
 */
const HIDDEN = /[\p{Cc}\p{Cs}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function hiddenName(c: string): string {
  const code = c.codePointAt(0)!;
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate ${codePoint(c)} (broken Unicode)`;
  if (code === 0xfffd) return 'U+FFFD, the mark of text decoded with the wrong encoding';
  if (code <= 0x9f) return `the control character ${codePoint(c)}`;
  return `the invisible formatting character ${codePoint(c)}`;
}

/** What is wrong with a text, or null: one problem only, so a field gets one line. */
export function textProblem(value: string, max: number): string | null {
  if (value === '') return 'must not be empty';
  if (value.trim() === '') return 'is blank (only whitespace)';
  if (value.length > max) return `is ${value.length} characters long; at most ${max}`;
  if (value !== value.trim()) return 'starts or ends with whitespace';
  const hidden = HIDDEN.exec(value);
  if (hidden) return `contains ${hiddenName(hidden[0])} at character ${hidden.index + 1}`;
  return null;
}

/** Text a reader sees: not blank, not padded, no hidden characters, at most `max` characters. */
export const text = (max = MAX_LINE) =>
  z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, max);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
const prose = () => text(MAX_PROSE);

/**
 * Text a reader sees, in English and Japanese: `{ "en": "…", "ja": "…" }`. `jaTranslated: true`
 * says the Japanese is the atlas's own translation, not words a cited source gives (an official
 * Japanese project name on a JICA or MOFA page); the app marks such text. A source's own words
 * (`quote`, `asStated`) are never localised.
 */
export const localizedText = (max = MAX_LINE) =>
  z
    .strictObject({
      en: text(max),
      ja: text(max).optional(),
      jaTranslated: z.literal(true).optional(),
    })
    .superRefine((value, ctx) => {
      if (value.jaTranslated && value.ja === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['jaTranslated'],
          message: 'marks a Japanese translation that is not there',
          input: value,
        });
    });
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;
const line = () => localizedText(MAX_LINE);
const paragraph = () => localizedText(MAX_PROSE);

/** A number no larger than any the atlas states, so a typo of ten zeros is caught. */
const quantity = () =>
  z
    .number()
    .refine(
      (v) => Math.abs(v) <= MAX_QUANTITY,
      `is beyond ±${MAX_QUANTITY.toExponential()}, larger than any figure`,
    );

/** A list in which no value appears twice. */
const unique = <T extends z.ZodArray<z.ZodType<string>>>(list: T) =>
  list.superRefine((values, ctx) => {
    const i = values.findIndex((v, j) => values.indexOf(v) !== j);
    if (i >= 0)
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: `${JSON.stringify(values[i])} is listed twice`,
        input: values,
      });
  });

/** The index of the first item whose key an earlier item has, with that earlier index. */
function firstRepeat<T>(items: readonly T[], key: (item: T) => string | null): [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]!);
    if (k === null) continue;
    const first = seen.get(k);
    if (first !== undefined) return [i, first];
    seen.set(k, i);
  }
  return null;
}

/** Kebab-case identifiers: stable, used in links and in the public data contract. */
export const Id = z.string().superRefine((value, ctx) => {
  if (value.length > 100)
    ctx.addIssue({
      code: 'custom',
      message: `is ${value.length} characters long; at most 100`,
      input: value,
    });
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
    ctx.addIssue({ code: 'custom', message: 'must be kebab-case (a-z, 0-9, -)', input: value });
});

/** A BCP 47 language tag keying another name: "ja", "km", "zh-Hant". */
const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a language tag such as "ja" or "km"');
/** Names in local scripts (km, th, lo, my, vi…); the Japanese name is part of `name`. */
const names = () =>
  z.record(LanguageTag, text()).superRefine((value, ctx) => {
    if ('ja' in value)
      ctx.addIssue({
        code: 'custom',
        path: ['ja'],
        message: 'the Japanese name belongs in name.ja',
        input: value,
      });
  });

/** Why a date string is wrong, or null: the format, then the calendar, then a plausible year. */
function dateProblem(value: string, partial: boolean): string | null {
  const format = partial ? /^\d{4}(-\d{2}(-\d{2})?)?$/ : /^\d{4}-\d{2}-\d{2}$/;
  if (!format.test(value)) return partial ? 'must be YYYY, YYYY-MM or YYYY-MM-DD' : 'must be YYYY-MM-DD';
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) return `${value} is not a calendar date`;
  if (m !== undefined && d !== undefined) {
    const parsed = new Date(Date.UTC(y, m - 1, d));
    if (parsed.getUTCMonth() !== m - 1 || parsed.getUTCDate() !== d) return `${value} is not a calendar date`;
  }
  if (y < FIRST_YEAR || y > LAST_YEAR)
    return `the year ${value.slice(0, 4)} is not plausible (${FIRST_YEAR}–${LAST_YEAR})`;
  return null;
}

const date = (partial: boolean) =>
  z.string().superRefine((value, ctx) => {
    const problem = dateProblem(value, partial);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD, on the calendar, in a plausible year. */
export const PartialDate = date(true);

export const IsoDate = date(false);

/** ISO 3166-1 alpha-2 codes of the countries the atlas covers (plus JP for Japan-side records). */
export const Country = z.enum(['KH', 'LA', 'MM', 'TH', 'VN', 'JP', 'CN']);

/**
 * Who speaks in a source, named by the first publisher in `publisher`: a government, one of
 * its agencies or a party to the project (financier, operator, borrower, consultant) is
 * "official"; ADB, the ASEAN Secretariat, the World Bank and other intergovernmental bodies
 * are "international-organisation"; a newspaper, agency or news site is "news"; encyclopaedias,
 * gazetteers and open-data copies (Wikipedia, OpenStreetMap, GeoNames) are "reference";
 * anything else (a researcher's article, an unattributed repost) is "other".
 */
export const SourceKind = z.enum(['official', 'international-organisation', 'news', 'reference', 'other']);

export const Source = z.discriminatedUnion('type', [
  z.strictObject({
    id: Id,
    type: z.literal('document'),
    kind: SourceKind,
    /** File name in the shared sources folder. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    title: text(),
    publisher: text(),
    date: PartialDate,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('web'),
    kind: SourceKind,
    url: z.url({ protocol: /^https?$/ }).max(2000, 'is longer than 2000 characters'),
    title: text(),
    publisher: text(),
    /** Date of publication, when the page states one. */
    date: PartialDate.optional(),
    /** The date the page was read. */
    accessed: IsoDate,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('dataset'),
    kind: SourceKind,
    /** An open data set installed through npm, e.g. Natural Earth via world-atlas. */
    package: text(),
    title: text(),
    publisher: text(),
    licence: text(),
  }),
]);

/** A pointer into a source: paragraph (e.g. "11") or section, and an optional note. */
export const Ref = z.strictObject({
  source: Id,
  para: text().optional(),
  /** The words of the source the value is taken from, kept short. */
  quote: text(1000).optional(),
  note: prose().optional(),
});
const Refs = z.array(Ref).min(1, 'needs at least one source');

/** A money amount exactly as the source states it, plus the parsed number. */
export const Money = z.strictObject({
  amount: quantity().positive(),
  currency: z.enum(['JPY', 'USD', 'THB', 'VND', 'KHR', 'EUR']),
  /** The amount in the source's own words, e.g. "approximately 270 million USD". */
  asStated: text(),
  approximate: z.boolean().default(false),
  refs: Refs,
});

export const Instrument = z.enum(['oda-loan', 'grant', 'technical-cooperation', 'private-or-other']);

/**
 * Who finances, as the filters group them. Japan's ODA is one group because its loans are
 * agreed by the Government of Japan (exchange of notes) and signed by JICA (loan agreement).
 */
export const Financier = z.enum(['japan-oda', 'jbic', 'adb', 'leap', 'commercial-banks']);

export const Tranche = z.strictObject({
  name: line(),
  /** The financier as the source names it. */
  financier: line(),
  /** The groups `financier` names, for filtering. */
  financiers: unique(z.array(Financier).min(1, 'needs at least one financier group')),
  /** null: the source does not say what kind of finance it is. */
  instrument: Instrument.nullable(),
  /** null: not disclosed by any source read. */
  amount: Money.nullable(),
  /**
   * The same commitment as other sources state it (another currency, a revised figure).
   * Shown beside `amount`, never added to it.
   */
  otherAmounts: z.array(Money).default([]),
  agreementDate: PartialDate.nullable(),
  refs: Refs,
});

export const MilestoneKind = z.enum([
  'announcement',
  'feasibility-study',
  'exchange-of-notes',
  'loan-agreement',
  'contract',
  'construction-start',
  'partial-opening',
  'opening',
  'completion',
  'other',
]);

export const Milestone = z.strictObject({
  date: PartialDate,
  kind: MilestoneKind,
  label: line(),
  refs: Refs,
});

/** One value of a key figure; several values side by side when sources disagree. */
export const FigureValue = z.strictObject({
  value: quantity(),
  refs: Refs,
  note: prose().optional(),
});

export const KeyFigure = z.strictObject({
  key: Id,
  label: line(),
  unit: line(),
  /** Empty: not disclosed. More than one: sources disagree and are shown side by side. */
  values: z.array(FigureValue),
});

export const Status = z.strictObject({
  value: z.enum(['planned', 'under-construction', 'operational', 'suspended', 'cancelled']),
  /** The date the status was last confirmed by a source. */
  confirmed: PartialDate,
  /**
   * Why no source confirms the status more recently (e.g. work halted after the 2021 coup),
   * as the status's own sources support it. Required once `confirmed` is older than the
   * data test's threshold; never a guess.
   */
  staleReason: paragraph().optional(),
  refs: Refs,
});

export const Sector = z.enum(['transport', 'energy', 'trade-facilitation', 'finance', 'health', 'water']);
export const Kind = z.enum([
  'rail',
  'metro',
  'road',
  'bridge',
  'port',
  'airport',
  'power-plant',
  'transmission',
  'corridor',
  'technical-cooperation',
  'other',
]);

const Position = z.tuple([z.number(), z.number()]);
type Position = z.infer<typeof Position>;

/** Rings closed, RFC 7946 winding (exterior counter-clockwise, holes clockwise), none crossing itself or another. */
function ringProblems(rings: Position[][], ctx: z.RefinementCtx): void {
  const simple: number[] = [];
  rings.forEach((ring, r) => {
    const path = ['coordinates', r];
    if (!isClosed(ring)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'ring is not closed (first and last positions differ)',
        input: ring,
      });
      return;
    }
    const crossing = ringCrossing(ring);
    if (crossing) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `ring crosses itself: the edge from position ${crossing[0]} meets the edge from position ${crossing[1]}`,
        input: ring,
      });
      return;
    }
    const ccw = signedArea(ring) > 0;
    if (r === 0 && !ccw)
      ctx.addIssue({
        code: 'custom',
        path,
        message: 'exterior ring must be counter-clockwise (RFC 7946)',
        input: ring,
      });
    else if (r > 0 && ccw)
      ctx.addIssue({ code: 'custom', path, message: 'hole must be clockwise (RFC 7946)', input: ring });
    else {
      const other = simple.find((s) => ringsMeet(rings[s]!, ring));
      if (other !== undefined)
        ctx.addIssue({ code: 'custom', path, message: `ring crosses or touches ring ${other}`, input: ring });
      else simple.push(r);
    }
  });
}

export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const LineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2),
});
export const MultiLineGeometry = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position).min(2)).min(1),
});
export const PolygonGeometry = z
  .strictObject({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(Position).min(4)).min(1),
  })
  .superRefine((polygon, ctx) => ringProblems(polygon.coordinates, ctx));

/** Every position of a geometry with its path under `coordinates`. */
function placedPositions(
  geometry: z.infer<
    typeof PointGeometry | typeof LineGeometry | typeof MultiLineGeometry | typeof PolygonGeometry
  >,
): [number[], Position][] {
  switch (geometry.type) {
    case 'Point':
      return [[[], geometry.coordinates]];
    case 'LineString':
      return geometry.coordinates.map((pos, i) => [[i], pos]);
    default:
      return geometry.coordinates.flatMap((line, l) =>
        line.map((pos, i): [number[], Position] => [[l, i], pos]),
      );
  }
}

/** Every position in [lon, lat] order inside the region; one line per geometry, naming the first that is not. */
export const Geometry = z
  .discriminatedUnion('type', [PointGeometry, LineGeometry, MultiLineGeometry, PolygonGeometry])
  .superRefine((geometry, ctx) => {
    const outside = placedPositions(geometry).filter(([, pos]) => !inRegion(pos));
    if (!outside.length) return;
    const [path, [lon, lat]] = outside[0]!;
    const swapped = inRegion([lat, lon]);
    const more = outside.length > 1 ? ` (and ${outside.length - 1} more)` : '';
    ctx.addIssue({
      code: 'custom',
      path: ['coordinates', ...path],
      message:
        (swapped
          ? `[${lon}, ${lat}] looks like [lat, lon]; GeoJSON wants [lon, lat]`
          : `[${lon}, ${lat}] is outside the region (lon ${REGION_BBOX.west}–${REGION_BBOX.east}, lat ${REGION_BBOX.south}–${REGION_BBOX.north})`) +
        more,
      input: geometry,
    });
  });

export const PartKind = z.enum(['route', 'station', 'site', 'node', 'border-crossing']);

/**
 * How closely a drawn corridor segment follows its road: traced from road data, drawn from
 * points on the road with straight lines between, or straight between towns.
 */
export const Precision = z.enum(['follows-road', 'approximate', 'schematic']);

/**
 * A project's place on a corridor, as a source states it: the refs are the sources that put
 * the project on that corridor (not merely near it).
 */
export const CorridorMembership = z.strictObject({
  /** A corridor project's id, e.g. "east-west-economic-corridor" (checked across files). */
  corridor: Id,
  subCorridor: Id.optional(),
  refs: Refs,
});

/** One located piece of a project: its route, a station, its site, a corridor node. */
export const Part = z.strictObject({
  id: Id,
  kind: PartKind,
  name: line(),
  /** The part's names in local scripts, keyed by BCP 47 tag. */
  names: names().optional(),
  /** For corridor routes: the sub-corridor this part draws. */
  subCorridor: Id.optional(),
  /** For corridor routes: how closely the line follows the road, said by its refs. */
  precision: Precision.optional(),
  /** For corridor routes: the national road and Asian Highway numbers, as the refs name them. */
  roads: unique(z.array(text(40))).optional(),
  /**
   * The part's own status where its parts differ (a road opened in sections); the project's
   * status still says where the whole stands. The map draws each part by its own.
   */
  status: Status.optional(),
  geometry: Geometry,
  refs: Refs,
});

export const SubCorridor = z.strictObject({
  id: Id,
  name: line(),
  description: paragraph(),
  refs: Refs,
});

/**
 * A commitment and an event are listed once: a tranche given twice would be counted twice in
 * every total, and a milestone twice would count twice in the year filter.
 */
function repeats(record: { financing: Tranche[]; milestones: Milestone[] }, ctx: z.RefinementCtx): void {
  const copy = firstRepeat(record.financing, (t) =>
    t.amount ? JSON.stringify([t.financier, t.amount.amount, t.amount.currency, t.agreementDate]) : null,
  );
  if (copy)
    ctx.addIssue({
      code: 'custom',
      path: ['financing', copy[0]],
      message: `the same tranche as financing[${copy[1]}] (financier, amount and agreement date); list a commitment once, and another source's figure for it in otherAmounts`,
      input: record,
    });
  const named = firstRepeat(record.financing, (t) => t.name.en);
  if (named && !copy)
    ctx.addIssue({
      code: 'custom',
      path: ['financing', named[0], 'name'],
      message: `${JSON.stringify(record.financing[named[0]]!.name.en)} is already the name of financing[${named[1]}]`,
      input: record,
    });
  const event = firstRepeat(record.milestones, (m) => JSON.stringify([m.date, m.kind, m.label.en]));
  if (event)
    ctx.addIssue({
      code: 'custom',
      path: ['milestones', event[0]],
      message: `the same milestone as milestones[${event[1]}] (date, kind and label)`,
      input: record,
    });
}

/** Rules across a project's parts: unique ids, their own sub-corridors, points for stations. */
function partProblems(project: z.infer<typeof ProjectFields>, ctx: z.RefinementCtx): void {
  const { parts, limitations } = project.geometry;
  if (parts.length === 0 && !limitations)
    ctx.addIssue({
      code: 'custom',
      path: ['geometry', 'limitations'],
      message: 'a project with no located parts must say why in geometry.limitations',
      input: project,
    });
  const figure = firstRepeat(project.figures, (f) => f.key);
  if (figure)
    ctx.addIssue({
      code: 'custom',
      path: ['figures', figure[0], 'key'],
      message: `${JSON.stringify(project.figures[figure[0]]!.key)} is already the key of figures[${figure[1]}]`,
      input: project,
    });
  const sub = firstRepeat(project.subCorridors, (c) => c.id);
  if (sub)
    ctx.addIssue({
      code: 'custom',
      path: ['subCorridors', sub[0], 'id'],
      message: `duplicate sub-corridor id "${project.subCorridors[sub[0]]!.id}"`,
      input: project,
    });
  const subCorridorIds = new Set(project.subCorridors.map((s) => s.id));
  const partIds = new Set<string>();
  parts.forEach((part, i) => {
    const at = ['geometry', 'parts', i];
    if (partIds.has(part.id))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'id'],
        message: `duplicate part id "${part.id}"`,
        input: part,
      });
    partIds.add(part.id);
    if (part.subCorridor && !subCorridorIds.has(part.subCorridor))
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'subCorridor'],
        message: `"${part.subCorridor}" is not one of this project's subCorridors`,
        input: part,
      });
    if (project.kind === 'corridor' && part.kind === 'route' && !part.precision)
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'precision'],
        message: 'a corridor route must say its precision (follows-road, approximate or schematic)',
        input: part,
      });
    if (
      (part.kind === 'station' || part.kind === 'node' || part.kind === 'border-crossing') &&
      part.geometry.type !== 'Point'
    )
      ctx.addIssue({
        code: 'custom',
        path: [...at, 'geometry', 'type'],
        message: `a ${part.kind} must be a Point`,
        input: part,
      });
  });
}

const ProjectFields = z.strictObject({
  id: Id,
  /** The name in English and Japanese; local-script names are in `names`. */
  name: line(),
  /** A short form of the name for map labels, e.g. "HCMC Metro Line 1". */
  shortName: localizedText(40).optional(),
  names: names().default({}),
  aliases: z.array(text()).default([]),
  countries: unique(z.array(Country).min(1)),
  sector: Sector,
  kind: Kind,
  /** The corridors this project is on, each with the sources that place it there. */
  corridors: z.array(CorridorMembership).default([]),
  subCorridors: z.array(SubCorridor).default([]),
  status: Status,
  description: paragraph(),
  /** The sources the description's statements come from. */
  descriptionRefs: Refs,
  /**
   * Where the summit statement, another shared document or an official page names the project
   * itself; empty when none does (a source naming only the corridor does not count).
   */
  mentionedIn: z.array(Ref).default([]),
  milestones: z.array(Milestone).default([]),
  financing: z.array(Tranche).default([]),
  figures: z.array(KeyFigure).default([]),
  geometry: z.strictObject({
    /** How the geometry was derived, and from what. */
    derivation: paragraph(),
    /** What could not be located, said plainly; shown in the app. */
    limitations: paragraph().optional(),
    parts: z.array(Part),
  }),
});

export const Project = ProjectFields.superRefine((project, ctx) => {
  repeats(project, ctx);
  partProblems(project, ctx);
});

/**
 * A project as the page needs it before it is opened (filters, list, charts, timeline, map,
 * search, scenes): the published index, data/atlas.json. Its parts keep their names, kinds and
 * statuses but not their coordinates (the map reads data/projects.geojson) nor their sources; its
 * refs keep their source and paragraph, not the source's words or notes (the detail has those).
 */
export const PartEntry = Part.omit({ geometry: true, refs: true });
export const ProjectEntry = ProjectFields.omit({
  description: true,
  descriptionRefs: true,
  mentionedIn: true,
  figures: true,
  geometry: true,
}).extend({ geometry: z.strictObject({ parts: z.array(PartEntry) }) });

/**
 * What only an opened project needs (its panel, its printed brief): the description and its
 * sources, where it is mentioned, its key figures, the fields that cite (status, milestones,
 * financing, corridors) with the sources' own words and the atlas's notes on them, which the
 * index leaves out (project-split.ts), and its geometry whole, with every part's coordinates and
 * sources. Published per project as data/projects/<id>.json.
 */
export const ProjectDetail = ProjectFields.pick({
  id: true,
  description: true,
  descriptionRefs: true,
  mentionedIn: true,
  figures: true,
  status: true,
  milestones: true,
  financing: true,
  corridors: true,
  subCorridors: true,
  geometry: true,
});

/** Funding the joint statement names that has no single location (loans, grant programmes). */
export const Programme = z
  .strictObject({
    id: Id,
    name: line(),
    /** A label short enough for a chart axis. */
    shortName: localizedText(24).optional(),
    names: names().default({}),
    /** Countries covered; empty with scope "region" means the Mekong region as a whole. */
    countries: unique(z.array(Country)),
    scope: z.enum(['country', 'region']),
    sector: Sector,
    description: paragraph(),
    descriptionRefs: Refs,
    financing: z.array(Tranche).min(1),
    milestones: z.array(Milestone).default([]),
    mentionedIn: Refs,
  })
  .superRefine(repeats);

/** Headline figures that are not tied to a project (e.g. the MIDV's expected growth). */
export const Headline = z.strictObject({
  id: Id,
  label: line(),
  unit: line(),
  value: quantity(),
  asStated: text(),
  approximate: z.boolean().default(false),
  year: PartialDate.optional(),
  refs: Refs,
});

const SeriesValue = z.strictObject({
  value: quantity(),
  asStated: text(),
  refs: Refs,
});

export const SeriesPoint = z.strictObject({
  year: z.number().int().min(1970).max(2100),
  /** null: a source says it is unknown; a year no source covers is simply absent. */
  value: quantity().nullable(),
  asStated: text(),
  refs: Refs,
  /** Values other sources (or earlier releases) give for the same year, shown beside the main one. */
  alternatives: z.array(SeriesValue).default([]),
});

export const Series = z.strictObject({
  id: Id,
  label: line(),
  unit: line(),
  /** What the numbers measure and how comparable points from different sources are. */
  definition: paragraph(),
  points: z.array(SeriesPoint),
});

/** A currency's value against the US dollar on a date, for showing amounts in dollars. */
export const Rate = z.strictObject({
  currency: z.enum(['JPY', 'THB', 'VND', 'KHR', 'EUR']),
  /** Units of `currency` per one US dollar. */
  perUsd: quantity().positive(),
  /** The day or month the rate applies to. */
  date: PartialDate,
  /** What the rate is, as the source defines it, e.g. "monthly average of daily noon buying rates". */
  basis: line(),
  refs: Refs,
});

/** A dated event for timelines and chart annotations (e.g. AJCEP entering into force). */
export const TimelineEvent = z.strictObject({
  id: Id,
  date: PartialDate,
  label: line(),
  refs: Refs,
});

/** About the data set as a whole: the date every status and figure is meant to be current to. */
export const Meta = z.strictObject({
  asOf: IsoDate.superRefine((asOf, ctx) => {
    // A day's grace: the reviewer's day may start before it does in UTC.
    const tomorrow = new Date(Date.now() + 864e5).toISOString().slice(0, 10);
    if (!dateProblem(asOf, false) && asOf > tomorrow)
      ctx.addIssue({ code: 'custom', message: `${asOf} is in the future`, input: asOf });
  }),
});

export const SourcesFile = z.array(Source);
export const RatesFile = z.array(Rate).superRefine((rates, ctx) => {
  const twice = firstRepeat(rates, (r) => `${r.currency} ${r.date}`);
  if (twice)
    ctx.addIssue({
      code: 'custom',
      path: [twice[0]],
      message: `a ${rates[twice[0]]!.currency} rate for ${rates[twice[0]]!.date} is already given at [${twice[1]}]`,
      input: rates,
    });
});
export const EventsFile = z.array(TimelineEvent);
export const ProgrammesFile = z.array(Programme);
export const HeadlinesFile = z.array(Headline);
export const SeriesFile = z.array(Series);

export type Source = z.infer<typeof Source>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Ref = z.infer<typeof Ref>;
export type Money = z.infer<typeof Money>;
export type Tranche = z.infer<typeof Tranche>;
export type Milestone = z.infer<typeof Milestone>;
export type Financier = z.infer<typeof Financier>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type Status = z.infer<typeof Status>;
export type Part = z.infer<typeof Part>;
export type Precision = z.infer<typeof Precision>;
export type CorridorMembership = z.infer<typeof CorridorMembership>;
export type Project = z.infer<typeof Project>;
export type PartEntry = z.infer<typeof PartEntry>;
export type ProjectEntry = z.infer<typeof ProjectEntry>;
export type ProjectDetail = z.infer<typeof ProjectDetail>;
export type Programme = z.infer<typeof Programme>;
export type Headline = z.infer<typeof Headline>;
export type Series = z.infer<typeof Series>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type Rate = z.infer<typeof Rate>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Meta = z.infer<typeof Meta>;
