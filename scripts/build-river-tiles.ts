/**
 * The detailed rivers of the basemap, for project zoom: Natural Earth's 1:10m river centrelines
 * (public domain), cut into vector tiles at RIVER_TILE_ZOOM (src/lib/map/river-tiles.ts).
 *
 * No npm package ships the 1:10m rivers, so the region's part of them is kept in the repository
 * (RIVER_EXTRACT, written by `tsx scripts/build-river-tiles.ts <ne_10m_rivers_lake_centerlines.json>`
 * from Natural Earth's GeoJSON); `npm run basemap` cuts the tiles from that extract.
 *
 * Every tile of the region is written, the empty ones as zero-byte files, so that no request in
 * the region ends in a 404 that the map would report as a failed basemap file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { cutTiles } from './cut-tiles';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { REGION_BBOX } from '../src/lib/map/basemap-style';
import {
  RIVER_TILE_DIR,
  RIVER_TILE_EXTENT,
  RIVER_TILE_LAYER,
  RIVER_TILE_ZOOM,
} from '../src/lib/map/river-tiles';
import { formatIssue, schemaIssues } from '../src/lib/data/data-error';
import { clipLinear, serializeFeatureCollection } from './build-basemap';

type BBox = readonly [number, number, number, number];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The region's rivers, as committed: one feature per line, names and scale ranks only. */
export const RIVER_EXTRACT = 'geodata/basemap/ne-10m-rivers.geojson';

/**
 * Lines are kept this far (degrees) beyond the box, so that the tiles' buffers at the edge of the
 * region are filled and a river leaving the region does not stop short of its edge.
 */
const MARGIN = 0.5;

const position = z.array(z.number()).min(2);
const lineGeometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
]);

/** A feature of Natural Earth's file: only the fields read here are checked, the rest pass. */
const naturalEarthRiver = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({
    featurecla: z.string(),
    scalerank: z.number(),
    name: z.string().nullable(),
    name_en: z.string().nullable().optional(),
  }),
  geometry: lineGeometry.nullable(),
});
const naturalEarthFile = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(naturalEarthRiver),
});
type NaturalEarthRiver = z.infer<typeof naturalEarthRiver>;

/** A feature of the extract and of the tiles. */
const riverFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({ name: z.string().optional(), scalerank: z.number().int().min(0) }),
  geometry: lineGeometry,
});
const riverFile = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(riverFeature) });
export type River = z.infer<typeof riverFeature>;

/** Parses `text` (the content of `file`) with `schema`, or throws one line per problem. */
function parseWith<T>(schema: z.ZodType<T>, file: string, text: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (result.success) return result.data;
  throw new Error(schemaIssues(file, result.error.issues).slice(0, 10).map(formatIssue).join('\n'));
}

/**
 * The rivers that reach into `box` (a little beyond it), clipped to it. Lake centrelines are
 * dropped: they run across lakes the map already draws as water.
 */
export function riversInBox(features: NaturalEarthRiver[], box: BBox): River[] {
  const clip: BBox = [box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN];
  const out: River[] = [];
  for (const f of features) {
    if (!f.geometry || !f.properties.featurecla.startsWith('River')) continue;
    const geometry = clipLinear(f.geometry as LineString | MultiLineString, clip);
    if (!geometry) continue;
    const name = f.properties.name_en ?? f.properties.name;
    out.push({
      type: 'Feature',
      properties: { ...(name ? { name } : {}), scalerank: Math.round(f.properties.scalerank) },
      geometry: geometry as River['geometry'],
    });
  }
  // Main rivers first, then by name and geometry, so the extract's diff shows what changed.
  const key = (r: River) =>
    `${String(r.properties.scalerank).padStart(2, '0')} ${r.properties.name ?? '~'} ${JSON.stringify(r.geometry)}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Tile path (`z/x/y.pbf`) -> the tile's bytes; tiles without a river are empty. */
export function buildRiverTiles(rivers: River[], box: BBox): Map<string, Uint8Array> {
  return cutTiles(rivers as Feature[], {
    layer: RIVER_TILE_LAYER,
    zoom: RIVER_TILE_ZOOM,
    extent: RIVER_TILE_EXTENT,
    // In tile units: about 75 m at this zoom and extent, well inside the 1:10m lines' accuracy.
    tolerance: 1,
    box,
  });
}

/** Writes the region's extract of Natural Earth's river file (`neFile`) to RIVER_EXTRACT. */
export function writeRiverExtract(neFile: string, root = ROOT): number {
  const ne = parseWith(naturalEarthFile, path.basename(neFile), fs.readFileSync(neFile, 'utf8'));
  const rivers = riversInBox(ne.features, REGION_BBOX);
  fs.writeFileSync(path.join(root, RIVER_EXTRACT), serializeFeatureCollection(rivers as Feature[]));
  return rivers.length;
}

/** Reads the extract, tiles it and writes the tiles under `outDir` (replacing what was there). */
export function writeRiverTiles(outDir: string, root = ROOT): { files: number; bytes: number } {
  const text = fs.readFileSync(path.join(root, RIVER_EXTRACT), 'utf8');
  const rivers = parseWith(riverFile, RIVER_EXTRACT, text).features;
  const tiles = buildRiverTiles(rivers, REGION_BBOX);
  fs.rmSync(outDir, { recursive: true, force: true });
  let bytes = 0;
  for (const [name, content] of tiles) {
    const to = path.join(outDir, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, content);
    bytes += content.length;
  }
  return { files: tiles.size, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const neFile = process.argv[2];
  if (neFile) console.log(`${RIVER_EXTRACT}: ${writeRiverExtract(path.resolve(neFile))} rivers`);
  const out = writeRiverTiles(path.join(ROOT, 'public', RIVER_TILE_DIR));
  console.log(`${RIVER_TILE_DIR}: ${out.files} tiles, ${(out.bytes / 1024).toFixed(1)} KB`);
}
