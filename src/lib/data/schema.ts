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
import { z } from 'zod';

/** Kebab-case identifiers: stable, used in links and in the public data contract. */
export const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

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
    title: z.string().min(1),
    publisher: z.string().min(1),
    date: PartialDate,
  }),
  z.strictObject({
    id: Id,
    type: z.literal('web'),
    kind: SourceKind,
    url: z.url({ protocol: /^https?$/ }),
    title: z.string().min(1),
    publisher: z.string().min(1),
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
    package: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    licence: z.string().min(1),
  }),
]);

/** A pointer into a source: paragraph (e.g. "11") or section, and an optional note. */
export const Ref = z.strictObject({
  source: Id,
  para: z.string().min(1).optional(),
  /** The words of the source the value is taken from, kept short. */
  quote: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
const Refs = z.array(Ref).min(1, 'needs at least one source');

/** A money amount exactly as the source states it, plus the parsed number. */
export const Money = z.strictObject({
  amount: z.number().positive(),
  currency: z.enum(['JPY', 'USD', 'THB', 'VND', 'KHR', 'EUR']),
  /** The amount in the source's own words, e.g. "approximately 270 million USD". */
  asStated: z.string().min(1),
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
  name: z.string().min(1),
  /** The financier in the source's words. */
  financier: z.string().min(1),
  /** The groups `financier` names, for filtering. */
  financiers: z.array(Financier).min(1, 'needs at least one financier group'),
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
  label: z.string().min(1),
  refs: Refs,
});

/** One value of a key figure; several values side by side when sources disagree. */
export const FigureValue = z.strictObject({
  value: z.number(),
  refs: Refs,
  note: z.string().optional(),
});

export const KeyFigure = z.strictObject({
  key: Id,
  label: z.string().min(1),
  unit: z.string().min(1),
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
  staleReason: z.string().min(1).optional(),
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
export const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
export const LineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2),
});
export const MultiLineGeometry = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position).min(2)).min(1),
});
export const PolygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(Position).min(4)).min(1),
});
export const Geometry = z.discriminatedUnion('type', [
  PointGeometry,
  LineGeometry,
  MultiLineGeometry,
  PolygonGeometry,
]);

export const PartKind = z.enum(['route', 'station', 'site', 'node', 'border-crossing']);

/** One located piece of a project: its route, a station, its site, a corridor node. */
export const Part = z.strictObject({
  id: Id,
  kind: PartKind,
  name: z.string().min(1),
  /** Other names of the part (local script, Japanese), keyed by BCP 47 tag. */
  names: z.record(z.string(), z.string().min(1)).optional(),
  /** For corridor routes: the sub-corridor this part draws. */
  subCorridor: Id.optional(),
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
  name: z.string().min(1),
  description: z.string().min(1),
  refs: Refs,
});

export const Project = z.strictObject({
  id: Id,
  /** English name, plus Japanese ("ja") and local-script names keyed by BCP 47 tag. */
  name: z.string().min(1),
  /** A short form of the English name for map labels, e.g. "HCMC Metro Line 1". */
  shortName: z.string().min(1).max(40).optional(),
  names: z.record(z.string(), z.string().min(1)).default({}),
  aliases: z.array(z.string().min(1)).default([]),
  countries: z.array(Country).min(1),
  sector: Sector,
  kind: Kind,
  /** Ids of corridors (or sub-corridors) this project belongs to. */
  corridors: z.array(Id).default([]),
  subCorridors: z.array(SubCorridor).default([]),
  status: Status,
  description: z.string().min(1),
  /** The sources the description's statements come from. */
  descriptionRefs: Refs,
  /** Where the summit statement or another shared document names the project. */
  mentionedIn: Refs,
  milestones: z.array(Milestone).default([]),
  financing: z.array(Tranche).default([]),
  figures: z.array(KeyFigure).default([]),
  geometry: z.strictObject({
    /** How the geometry was derived, and from what. */
    derivation: z.string().min(1),
    /** What could not be located, said plainly; shown in the app. */
    limitations: z.string().min(1).optional(),
    parts: z.array(Part),
  }),
});

/** Funding the joint statement names that has no single location (loans, grant programmes). */
export const Programme = z.strictObject({
  id: Id,
  name: z.string().min(1),
  /** A label short enough for a chart axis. */
  shortName: z.string().min(1).max(24).optional(),
  names: z.record(z.string(), z.string().min(1)).default({}),
  /** Countries covered; empty with scope "region" means the Mekong region as a whole. */
  countries: z.array(Country),
  scope: z.enum(['country', 'region']),
  sector: Sector,
  description: z.string().min(1),
  descriptionRefs: Refs,
  financing: z.array(Tranche).min(1),
  milestones: z.array(Milestone).default([]),
  mentionedIn: Refs,
});

/** Headline figures that are not tied to a project (e.g. the MIDV's expected growth). */
export const Headline = z.strictObject({
  id: Id,
  label: z.string().min(1),
  unit: z.string().min(1),
  value: z.number(),
  asStated: z.string().min(1),
  approximate: z.boolean().default(false),
  year: PartialDate.optional(),
  refs: Refs,
});

const SeriesValue = z.strictObject({
  value: z.number(),
  asStated: z.string().min(1),
  refs: Refs,
});

export const SeriesPoint = z.strictObject({
  year: z.number().int().min(1970).max(2100),
  /** null: a source says it is unknown; a year no source covers is simply absent. */
  value: z.number().nullable(),
  asStated: z.string().min(1),
  refs: Refs,
  /** Values other sources (or earlier releases) give for the same year, shown beside the main one. */
  alternatives: z.array(SeriesValue).default([]),
});

export const Series = z.strictObject({
  id: Id,
  label: z.string().min(1),
  unit: z.string().min(1),
  /** What the numbers measure and how comparable points from different sources are. */
  definition: z.string().min(1),
  points: z.array(SeriesPoint),
});

/** A currency's value against the US dollar on a date, for showing amounts in dollars. */
export const Rate = z.strictObject({
  currency: z.enum(['JPY', 'THB', 'VND', 'KHR', 'EUR']),
  /** Units of `currency` per one US dollar. */
  perUsd: z.number().positive(),
  /** The day or month the rate applies to. */
  date: PartialDate,
  /** What the rate is, as the source defines it, e.g. "monthly average of daily noon buying rates". */
  basis: z.string().min(1),
  refs: Refs,
});

/** A dated event for timelines and chart annotations (e.g. AJCEP entering into force). */
export const TimelineEvent = z.strictObject({
  id: Id,
  date: PartialDate,
  label: z.string().min(1),
  /** Japanese label, where a source gives the name in Japanese or it is a UI-level translation of a title. */
  labelJa: z.string().min(1).optional(),
  refs: Refs,
});

/** About the data set as a whole: the date every status and figure is meant to be current to. */
export const Meta = z.strictObject({
  asOf: IsoDate,
});

export const SourcesFile = z.array(Source);
export const RatesFile = z.array(Rate);
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
export type Project = z.infer<typeof Project>;
export type Programme = z.infer<typeof Programme>;
export type Headline = z.infer<typeof Headline>;
export type Series = z.infer<typeof Series>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type Rate = z.infer<typeof Rate>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Meta = z.infer<typeof Meta>;
