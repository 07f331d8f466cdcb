declare module 'virtual:atlas' {
  import type { Atlas } from './lib/data/validate';
  const atlas: Atlas;
  export default atlas;
}
