/**
 * In the browser zod runs jitless: its faster path compiles code with `new Function`, and merely
 * probing for that is a violation of the page's Content-Security-Policy (no eval). Node (the
 * build, the data checker) keeps the fast path. The setting is read when a schema is made, so
 * both ways of importing zod (./zod.ts, ./zod-mini.ts) import this first.
 */
import { config } from 'zod/v4/core';

config({ jitless: typeof document !== 'undefined' });
