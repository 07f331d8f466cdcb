/**
 * zod as the build, the data checker and a deck file the user opens read it. The first view
 * reads links with zod/mini instead (./zod-mini.ts): the same core, without full zod's method
 * chains, messages and JSON Schema output in the page's first script.
 */
import './zod-jitless.ts';
import { z } from 'zod';

export { z };
