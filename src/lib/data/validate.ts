/**
 * Validation of the whole data set: the schema checks each file (schema.ts holds every rule
 * about one file), then the rules that span files: unique ids, references that resolve,
 * corridor membership and dates no later than the data's as-of date. Returns every issue
 * rather than stopping at the first, so one run of `npm run data:check` shows all that needs
 * fixing; but a file that cannot be read is one issue, and the checks that need what it holds
 * are skipped rather than reporting everything that points into it.
 */
import type { z } from 'zod';
import { schemaIssues, type DataIssue } from './data-error.ts';
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
  /** Why the file could not be read as JSON (then `data` is null): reported as its one issue. */
  problem?: { path: string; message: string };
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
  if (raw.problem) {
    issues.push({ file: raw.file, ...raw.problem });
    return null;
  }
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  issues.push(...schemaIssues(raw.file, result.error.issues));
  return null;
}

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) later than the as-of date at its own precision. */
const afterAsOf = (date: string, asOf: string) => date > asOf.slice(0, date.length);

const isRefsKey = (key: string) => key === 'refs' || key === 'mentionedIn' || key.endsWith('Refs');

/** `prefix` and the path below it as messages write it: `[2].financing[0].refs`. */
function pathText(prefix: string, at: readonly (string | number)[]): string {
  let path = prefix;
  for (const step of at)
    path = typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step;
  return path;
}

/**
 * Calls `visit` with every array of refs in a value (`refs`, `mentionedIn`, `descriptionRefs`, …)
 * and the steps to it, so no figure escapes the source check. The steps are only valid during the
 * call: the path is written out only where a message needs it, not for every value walked.
 */
function eachRefArray(
  value: unknown,
  visit: (refs: Ref[], at: readonly (string | number)[]) => void,
  at: (string | number)[] = [],
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (!child || typeof child !== 'object') continue;
      at.push(i);
      eachRefArray(child, visit, at);
      at.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (!child || typeof child !== 'object') continue;
      at.push(key);
      if (isRefsKey(key) && Array.isArray(child)) visit(child as Ref[], at);
      else eachRefArray(child, visit, at);
      at.pop();
    }
  }
}

/** Every array of refs in a value with its path (see eachRefArray). */
export function* refArrays(value: unknown, path: string): Generator<[Ref[], string]> {
  const found: [Ref[], string][] = [];
  eachRefArray(value, (refs, at) => found.push([refs, pathText(path, at)]));
  yield* found;
}

export function validateAtlas(raw: RawAtlas): Result {
  const issues: DataIssue[] = [];

  const sources: Source[] = [];
  const sourceFile = new Map<string, string>();
  /** Every source file read: otherwise a reference may point into the one that was not. */
  let sourcesComplete = true;
  /** Each source with the file and index it is at, for the as-of check. */
  const placedSources: [Source, string, number][] = [];
  for (const file of raw.sources) {
    const parsed = parse(SourcesFile, file, issues);
    if (!parsed) sourcesComplete = false;
    for (const [index, source] of (parsed ?? []).entries()) {
      placedSources.push([source, file.file, index]);
      const first = sourceFile.get(source.id);
      if (first) {
        issues.push({
          file: file.file,
          path: `[${index}].id`,
          message: `duplicate source id "${source.id}" (first in ${first})`,
        });
        continue;
      }
      sourceFile.set(source.id, file.file);
      sources.push(source);
    }
  }

  const projects: Project[] = [];
  const projectFile = new Map<string, string>();
  /** Every project file read: otherwise a corridor or a deck may name the one that was not. */
  let projectsComplete = true;
  for (const file of raw.projects) {
    const project = parse(ProjectSchema, file, issues);
    if (!project) {
      projectsComplete = false;
      continue;
    }
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

  // Corridor membership: each names a corridor project and, if given, one of its sub-corridors,
  // and a project is placed on the same (sub-)corridor once.
  const subCorridorsOf = new Map<string, Set<string>>();
  for (const p of projects) {
    if (p.kind === 'corridor') subCorridorsOf.set(p.id, new Set(p.subCorridors.map((s) => s.id)));
  }
  if (projectsComplete) {
    for (const p of projects) {
      const seenMembership = new Set<string>();
      p.corridors.forEach((m, i) => {
        const file = projectFile.get(p.id)!;
        const subs = subCorridorsOf.get(m.corridor);
        const key = `${m.corridor}/${m.subCorridor ?? ''}`;
        if (!subs)
          issues.push({
            file,
            path: `corridors[${i}].corridor`,
            message: `"${m.corridor}" is not a corridor project`,
          });
        else if (m.subCorridor && !subs.has(m.subCorridor))
          issues.push({
            file,
            path: `corridors[${i}].subCorridor`,
            message: `"${m.subCorridor}" is not a sub-corridor of ${m.corridor}`,
          });
        else if (seenMembership.has(key))
          issues.push({
            file,
            path: `corridors[${i}]`,
            message: `the same corridor membership is given twice`,
          });
        seenMembership.add(key);
      });
      if (p.kind === 'corridor' && p.corridors.length)
        issues.push({
          file: projectFile.get(p.id)!,
          path: 'corridors',
          message: 'a corridor is not a member of a corridor',
        });
    }
  }

  // Every reference resolves (once every source file is read).
  const sourceIds = new Set(sources.map((s) => s.id));
  const checkRefs = (value: unknown, file: string, prefix: string) => {
    if (!sourcesComplete) return;
    eachRefArray(value, (refs, at) => {
      refs.forEach((ref, i) => {
        if (!sourceIds.has(ref.source))
          issues.push({
            file,
            path: `${pathText(prefix, at)}[${i}].source`,
            message: `unknown source "${ref.source}"`,
          });
      });
    });
  };
  for (const p of projects) checkRefs(p, projectFile.get(p.id)!, '');
  programmes.forEach((p, i) => checkRefs(p, raw.programmes.file, `[${i}]`));
  headlines.forEach((h, i) => checkRefs(h, raw.headlines.file, `[${i}]`));
  series.forEach((s, i) => checkRefs(s, raw.series.file, `[${i}]`));
  rates.forEach((r, i) => checkRefs(r, raw.rates.file, `[${i}]`));
  events.forEach((e, i) => checkRefs(e, raw.events.file, `[${i}]`));
  const decks = validateDecks(raw.decks, projects, sourceIds, issues, {
    projects: projectsComplete,
    sources: sourcesComplete,
  });

  // Nothing was confirmed, read, published or agreed after the date the data is current to.
  if (meta) {
    const { asOf } = meta;
    const check = (date: string | null | undefined, file: string, path: string) => {
      if (date && afterAsOf(date, asOf))
        issues.push({
          file,
          path,
          message: `${date} is after the data's as-of date ${asOf} (${raw.meta.file})`,
        });
    };
    for (const [source, file, i] of placedSources) {
      if (source.type !== 'dataset') check(source.date, file, `[${i}].date`);
      if (source.type === 'web') check(source.accessed, file, `[${i}].accessed`);
    }
    for (const p of projects) {
      const file = projectFile.get(p.id)!;
      check(p.status.confirmed, file, 'status.confirmed');
      p.financing.forEach((t, i) => check(t.agreementDate, file, `financing[${i}].agreementDate`));
    }
    programmes.forEach((p, i) =>
      p.financing.forEach((t, j) =>
        check(t.agreementDate, raw.programmes.file, `[${i}].financing[${j}].agreementDate`),
      ),
    );
    rates.forEach((r, i) => check(r.date, raw.rates.file, `[${i}].date`));
  }

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
