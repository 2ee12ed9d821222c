/** How many traces a scan reads by default (the whole week of most accounts), and at most. */
export const DEFAULT_SCAN_BOUND = 20_000;
export const MAX_SCAN_BOUND = 100_000;
