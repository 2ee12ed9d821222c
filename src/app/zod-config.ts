import { z } from 'zod';

/**
 * The production CSP allows no eval. Zod's JIT probes `new Function` on its first object parse,
 * which the browser blocks and reports as a violation; parsing without it costs nothing here.
 * Imported first by main.tsx, before anything can parse.
 */
z.config({ jitless: true });
