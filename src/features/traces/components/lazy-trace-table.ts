import { preloadableLazy } from '@/components/preloadable-lazy';

/**
 * The table (with the virtualiser) in its own chunk: requested with the first page of traces, and
 * rendered without a Suspense fallback when it arrived first.
 */
export const LazyTraceTable = preloadableLazy(() => import('@/features/traces/components/trace-table').then((module) => module.TraceTable));
