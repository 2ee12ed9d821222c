import { queryOptions } from '@tanstack/react-query';
import { z } from '@/api/zod';
import { readConsoleConfig } from '@/api/client';

const consoleConfigSchema = z.object({ proxy: z.boolean(), serverCredentials: z.boolean() });

export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** What the console's server offers: its proxy, and whether it signs CTS calls with its own AK/SK. */
export async function getConsoleConfig(signal?: AbortSignal): Promise<ConsoleConfig | null> {
  try {
    const parsed = consoleConfigSchema.safeParse(await readConsoleConfig(signal));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const consoleConfigQueries = {
  config: () => queryOptions({ queryKey: ['console-config'], queryFn: ({ signal }) => getConsoleConfig(signal), staleTime: Infinity }),
};
