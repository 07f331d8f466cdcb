/**
 * zod as the app uses it. In the browser it runs jitless: its faster path compiles code with
 * `new Function`, and merely probing for that is a violation of the page's
 * Content-Security-Policy (no eval). Node (the build, the data checker) keeps the fast path.
 * Every module that builds a schema imports `z` from here, so this runs before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: typeof document !== 'undefined' });

export { z };
