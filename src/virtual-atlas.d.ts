declare module 'virtual:atlas' {
  import type { AtlasFile } from './lib/data/project-split';
  /** The atlas's index inlined (unit tests), or null: the app fetches data/atlas.json. */
  const atlas: AtlasFile | null;
  export default atlas;
}

declare module 'virtual:corridor-lengths' {
  import type { SegmentLength } from './lib/data/corridors';
  /** Each corridor's drawn routes, measured at build time: corridor id to its segments. */
  const lengths: Record<string, SegmentLength[]>;
  export default lengths;
}

declare module 'virtual:atlas-extent' {
  /** The extent of every located project, [west, south, east, north], made at build time; null when none is. */
  const extent: [number, number, number, number] | null;
  export default extent;
}
