/**
 * Validation of the whole data set: schema first, then the rules that span fields
 * and files (ids, references, geometry). Returns every issue rather than stopping
 * at the first, so one run of `npm run data:check` shows all that needs fixing.
 */
import type { z } from 'zod';
import { formatPath, type DataIssue } from './data-error.ts';
import { isClosed, positions, signedArea } from './geometry.ts';
import { inRegion, REGION_BBOX } from './region.ts';
import { validateDecks } from './validate-decks.ts';
import type { Deck } from './deck.ts';
import {
  EventsFile,
  HeadlinesFile,
  Meta as MetaSchema,
  RatesFile,
  Project as ProjectSchema,
  ProgrammesFile,
  SeriesFile,
  SourcesFile,
  type Headline,
  type Meta,
  type Programme,
  type Rate,
  type Ref,
  type Series,
  type Source,
  type TimelineEvent,
} from './schema.ts';

export interface RawFile {
  /** Path relative to the repository, used in messages. */
  file: string;
  data: unknown;
}

export interface RawAtlas {
  sources: RawFile[];
  projects: RawFile[];
  programmes: RawFile;
  headlines: RawFile;
  series: RawFile;
  rates: RawFile;
  events: RawFile;
  decks: RawFile[];
  meta: RawFile;
}

export interface Atlas {
  sources: Source[];
  projects: Project[];
  programmes: Programme[];
  headlines: Headline[];
  series: Series[];
  rates: Rate[];
  events: TimelineEvent[];
  decks: Deck[];
  meta: Meta;
}
type Project = z.infer<typeof ProjectSchema>;

type Result = { atlas: Atlas; issues: [] } | { atlas: null; issues: DataIssue[] };

function parse<T extends z.ZodType>(schema: T, raw: RawFile, issues: DataIssue[]): z.infer<T> | null {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One line per stray key, at its own path, so a misspelling is found where it is.
      for (const key of issue.keys)
        issues.push({
          file: raw.file,
          path: formatPath([...issue.path, key]),
          message: 'unknown field (misspelled, or not part of the schema)',
        });
    } else issues.push({ file: raw.file, path: formatPath(issue.path), message: issue.message });
  }
  return null;
}

/**
 * Walks any value and yields every array of refs (`refs`, `mentionedIn`, `descriptionRefs`, …)
 * with its path, so no figure escapes the source check.
 */
export function* refArrays(value: unknown, path: string): Generator<[Ref[], string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* refArrays(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if ((key === 'refs' || key === 'mentionedIn' || key.endsWith('Refs')) && Array.isArray(child))
        yield [child as Ref[], childPath];
      else yield* refArrays(child, childPath);
    }
  }
}

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  const parsed = new Date(Date.UTC(y!, m - 1, d));
  return parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}

function* dates(value: unknown, path: string): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* dates(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (['date', 'agreementDate', 'confirmed', 'accessed'].includes(key) && typeof child === 'string') {
        yield [child, childPath];
      } else yield* dates(child, childPath);
    }
  }
}

function checkGeometry(project: Project, file: string, issues: DataIssue[]): void {
  const partIds = new Set<string>();
  const subCorridorIds = new Set(project.subCorridors.map((s) => s.id));
  if (project.geometry.parts.length === 0 && !project.geometry.limitations) {
    issues.push({
      file,
      path: 'geometry.limitations',
      message: 'a project with no located parts must say why in geometry.limitations',
    });
  }
  project.geometry.parts.forEach((part, i) => {
    const at = `geometry.parts[${i}]`;
    if (partIds.has(part.id))
      issues.push({ file, path: `${at}.id`, message: `duplicate part id "${part.id}"` });
    partIds.add(part.id);
    if (part.subCorridor && !subCorridorIds.has(part.subCorridor)) {
      issues.push({
        file,
        path: `${at}.subCorridor`,
        message: `"${part.subCorridor}" is not one of this project's subCorridors`,
      });
    }
    positions(part.geometry).forEach((pos, j) => {
      const [lon, lat] = pos;
      if (!inRegion(pos)) {
        const swapped = inRegion([lat, lon]);
        issues.push({
          file,
          path: `${at}.geometry.coordinates (position ${j})`,
          message: swapped
            ? `[${lon}, ${lat}] looks like [lat, lon]; GeoJSON wants [lon, lat]`
            : `[${lon}, ${lat}] is outside the region (lon ${REGION_BBOX.west}–${REGION_BBOX.east}, lat ${REGION_BBOX.south}–${REGION_BBOX.north})`,
        });
      }
    });
    if (part.geometry.type === 'Polygon') {
      part.geometry.coordinates.forEach((ring, r) => {
        const path = `${at}.geometry.coordinates[${r}]`;
        if (!isClosed(ring)) {
          issues.push({ file, path, message: 'ring is not closed (first and last positions differ)' });
          return;
        }
        const ccw = signedArea(ring) > 0;
        if (r === 0 && !ccw)
          issues.push({ file, path, message: 'exterior ring must be counter-clockwise (RFC 7946)' });
        if (r > 0 && ccw) issues.push({ file, path, message: 'hole must be clockwise (RFC 7946)' });
      });
    }
    if (part.kind === 'station' || part.kind === 'node' || part.kind === 'border-crossing') {
      if (part.geometry.type !== 'Point')
        issues.push({ file, path: `${at}.geometry.type`, message: `a ${part.kind} must be a Point` });
    }
  });
}

export function validateAtlas(raw: RawAtlas): Result {
  const issues: DataIssue[] = [];

  const sources: Source[] = [];
  const sourceFile = new Map<string, string>();
  for (const file of raw.sources) {
    for (const source of parse(SourcesFile, file, issues) ?? []) {
      const first = sourceFile.get(source.id);
      if (first) {
        issues.push({ file: file.file, path: source.id, message: `duplicate source id (first in ${first})` });
        continue;
      }
      sourceFile.set(source.id, file.file);
      sources.push(source);
    }
  }

  const projects: Project[] = [];
  const projectFile = new Map<string, string>();
  for (const file of raw.projects) {
    const project = parse(ProjectSchema, file, issues);
    if (!project) continue;
    const expected = file.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (project.id !== expected) {
      issues.push({
        file: file.file,
        path: 'id',
        message: `id "${project.id}" must match the file name "${expected}"`,
      });
    }
    const first = projectFile.get(project.id);
    if (first) {
      issues.push({
        file: file.file,
        path: 'id',
        message: `duplicate project id "${project.id}" (first in ${first})`,
      });
      continue;
    }
    projectFile.set(project.id, file.file);
    projects.push(project);
  }

  const programmes = parse(ProgrammesFile, raw.programmes, issues) ?? [];
  const headlines = parse(HeadlinesFile, raw.headlines, issues) ?? [];
  const series = parse(SeriesFile, raw.series, issues) ?? [];
  const rates = parse(RatesFile, raw.rates, issues) ?? [];
  const events = parse(EventsFile, raw.events, issues) ?? [];
  const meta = parse(MetaSchema, raw.meta, issues);

  const seen = new Map<string, string>();
  const unique = (id: string, file: string, path: string, what: string) => {
    const first = seen.get(id);
    if (first) issues.push({ file, path, message: `duplicate ${what} id "${id}" (also in ${first})` });
    else seen.set(id, file);
  };
  programmes.forEach((p, i) => unique(p.id, raw.programmes.file, `[${i}].id`, 'record'));
  for (const p of projects) {
    if (programmes.some((q) => q.id === p.id))
      issues.push({ file: projectFile.get(p.id)!, path: 'id', message: `"${p.id}" is also a programme id` });
  }
  headlines.forEach((h, i) => unique(`headline:${h.id}`, raw.headlines.file, `[${i}].id`, 'headline'));
  events.forEach((e, i) => unique(`event:${e.id}`, raw.events.file, `[${i}].id`, 'event'));
  series.forEach((s, i) => {
    unique(`series:${s.id}`, raw.series.file, `[${i}].id`, 'series');
    const years = s.points.map((p) => p.year);
    years.forEach((year, j) => {
      if (years.indexOf(year) !== j)
        issues.push({
          file: raw.series.file,
          path: `[${i}].points[${j}].year`,
          message: `year ${year} appears twice`,
        });
      if (j > 0 && year < years[j - 1]!)
        issues.push({
          file: raw.series.file,
          path: `[${i}].points[${j}].year`,
          message: 'points must be in year order',
        });
    });
  });

  // Corridor membership: every id in `corridors` names a corridor project or one of its sub-corridors.
  const corridorIds = new Set<string>();
  for (const p of projects) {
    if (p.kind === 'corridor') {
      corridorIds.add(p.id);
      p.subCorridors.forEach((s) => corridorIds.add(s.id));
    }
  }
  for (const p of projects) {
    const file = projectFile.get(p.id)!;
    p.corridors.forEach((id, i) => {
      if (!corridorIds.has(id))
        issues.push({
          file,
          path: `corridors[${i}]`,
          message: `"${id}" is not a corridor or sub-corridor id`,
        });
    });
    checkGeometry(p, file, issues);
  }

  // Every reference resolves, and every date is a real calendar date.
  const sourceIds = new Set(sources.map((s) => s.id));
  const checkRefsAndDates = (value: unknown, file: string, prefix: string) => {
    for (const [refs, path] of refArrays(value, prefix)) {
      refs.forEach((ref, i) => {
        if (!sourceIds.has(ref.source))
          issues.push({ file, path: `${path}[${i}].source`, message: `unknown source "${ref.source}"` });
      });
    }
    for (const [date, path] of dates(value, prefix)) {
      if (!isRealDate(date)) issues.push({ file, path, message: `${date} is not a calendar date` });
    }
  };
  for (const p of projects) checkRefsAndDates(p, projectFile.get(p.id)!, '');
  programmes.forEach((p, i) => checkRefsAndDates(p, raw.programmes.file, `[${i}]`));
  headlines.forEach((h, i) => checkRefsAndDates(h, raw.headlines.file, `[${i}]`));
  series.forEach((s, i) => checkRefsAndDates(s, raw.series.file, `[${i}]`));
  rates.forEach((r, i) => checkRefsAndDates(r, raw.rates.file, `[${i}]`));
  events.forEach((e, i) => checkRefsAndDates(e, raw.events.file, `[${i}]`));
  for (const file of raw.sources) checkRefsAndDates(file.data, file.file, '');
  const decks = validateDecks(raw.decks, projects, sourceIds, issues);

  if (meta && !isRealDate(meta.asOf))
    issues.push({ file: raw.meta.file, path: 'asOf', message: `${meta.asOf} is not a calendar date` });

  if (issues.length > 0 || !meta) return { atlas: null, issues };
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  return {
    atlas: {
      sources: sources.sort(byId),
      projects: projects.sort(byId),
      programmes,
      headlines,
      series,
      rates,
      events: [...events].sort((a, b) => a.date.localeCompare(b.date)),
      decks: decks.sort(byId),
      meta,
    },
    issues: [],
  };
}
