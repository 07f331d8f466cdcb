/** Downloads of the filtered projects: CSV for spreadsheets, GeoJSON for GIS. */
import { corridorIdsOf } from './corridors.ts';
import type { Project, ProjectEntry, Source } from './schema.ts';
import { projectFeatures } from './features.ts';

const COLUMNS = [
  'id',
  'name',
  'countries',
  'sector',
  'kind',
  'status',
  'status_confirmed',
  'corridors',
  'financing_as_stated',
  'located',
  'sources',
  'data_as_of',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV file: RFC 4180 rows with CRLF line ends, led by a UTF-8 byte order mark
 * because spreadsheets otherwise read Japanese names as mojibake.
 */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Every source a project's record cites, in the order the record first cites it. */
export function sourceIdsOf(project: Project): string[] {
  const ids = new Set<string>();
  JSON.stringify(project, (key, value: unknown) => {
    if (key === 'source' && typeof value === 'string') ids.add(value);
    return value;
  });
  return [...ids];
}

function sourcesOf(ids: readonly string[], sourceById: ReadonlyMap<string, Source>): string {
  return ids
    .map((id) => {
      const source = sourceById.get(id);
      if (!source) return id;
      if (source.type === 'web')
        return `${source.title}, ${source.publisher} <${source.url}> (read ${source.accessed}) [${source.kind}]`;
      if (source.type === 'document')
        return `${source.title}, ${source.publisher}, ${source.date} (${source.file}) [${source.kind}]`;
      return `${source.title}, ${source.publisher} (${source.package}) [${source.kind}]`;
    })
    .join(' | ');
}

/** `asOf` is the data set's as-of date, repeated on every row so a row copied elsewhere keeps it. */
export function projectsCsv<P extends ProjectEntry>(
  projects: readonly P[],
  sourceById: ReadonlyMap<string, Source>,
  asOf: string,
  /** The sources each record cites: the index carries them (publish.ts), a whole record has them. */
  sourceIds: (project: P) => readonly string[],
): string {
  const rows = projects.map((p) => [
    p.id,
    p.name.en,
    p.countries.join(' '),
    p.sector,
    p.kind,
    p.status.value,
    p.status.confirmed,
    corridorIdsOf(p).join(' '),
    p.financing
      .map((t) => `${t.name.en} (${t.financier.en}): ${t.amount ? t.amount.asStated : 'not disclosed'}`)
      .join('; '),
    p.geometry.parts.length > 0 ? 'yes' : 'no',
    sourcesOf(sourceIds(p), sourceById),
    asOf,
  ]);
  return csvFile([COLUMNS, ...rows]);
}

/** The as-of date travels as a foreign member of the FeatureCollection (RFC 7946, section 6.1). */
export function projectsGeojson(projects: readonly Project[], asOf: string): string {
  return JSON.stringify({ ...projectFeatures(projects), asOf });
}
