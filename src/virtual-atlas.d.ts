declare module 'virtual:atlas' {
  import type { Atlas } from './lib/data/validate';
  /** The atlas inlined (unit tests), or null: the app fetches data/atlas.json. */
  const atlas: Atlas | null;
  export default atlas;
}
