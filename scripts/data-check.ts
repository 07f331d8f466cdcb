/**
 * `npm run data:check`: validates geodata/ and prints one line per problem, never a stack trace.
 * `tsx scripts/data-check.ts <folder>` checks the geodata/ of another folder (the tests use it);
 * without one, ATLAS_GEODATA may name the geodata folder to check (the benchmark uses it).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geodataLocation } from '../src/lib/data/read-geodata.ts';
import { checkData, summary } from './check-data.ts';

const { root, geodata } = process.argv[2]
  ? geodataLocation(resolve(process.argv[2]), {})
  : geodataLocation(fileURLToPath(new URL('..', import.meta.url)));
const atlas = checkData(root, geodata, 'data:check');
if (!atlas) process.exit(1);
console.log(summary(atlas));
