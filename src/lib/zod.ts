/**
 * zod as the build, the data checker and a deck file the user opens read it. The first view
 * reads links with zod/mini instead (./zod-mini.ts): the same schemas' core, without the
 * method chains and error messages that would add 26 KB to the page's first script.
 */
import './zod-jitless.ts';
import { z } from 'zod';

export { z };
