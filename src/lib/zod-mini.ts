/**
 * zod/mini, for the schemas the first view needs (a link's view snapshot): tree-shaken to the
 * few kinds used. Full zod (./zod.ts) can nest these schemas, as both share zod's core.
 */
import './zod-jitless.ts';
import * as z from 'zod/mini';

export { z };
