import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

const MAX_RETRIES = 2;

/**
 * Retries only what a retry can fix: the network (status 0) and server errors (5xx). A 4xx is CTS
 * judging the request; asking again gives the same answer.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) {
    return false;
  }
  if (isApiError(error)) {
    return error.status === 0 || error.status >= 500;
  }
  return false;
}

export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

export interface QueryClientOptions {
  /** Called when CTS rejects the credentials (401) of a query, or the console has none to send. */
  onUnauthorized: (error: unknown) => void;
}

export function createQueryClient({ onUnauthorized }: QueryClientOptions): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) {
          onUnauthorized(error);
        }
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: 0 },
    },
  });
}
