import { describeError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';

/** A failed list call with CTS's code and message, and a retry. Its own module: loaded when an error happens. */
export function TraceListError({ error, title, onRetry }: { error: Error; title: string; onRetry: () => void }) {
  return <ErrorPanel {...describeError(error)} title={title} onRetry={onRetry} />;
}
