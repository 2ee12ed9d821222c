import { z } from 'zod';

/**
 * Zod for the whole console, configured before any schema parses: the production CSP allows no
 * eval, and zod's JIT probes `new Function` on its first object parse, which the browser blocks
 * and reports as a violation. Every module takes zod from here (lint enforces it), so the first
 * screen, which parses nothing, does not download zod.
 */
z.config({ jitless: true });

export { z };
