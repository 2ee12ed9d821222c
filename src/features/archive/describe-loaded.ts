import type { ExplorerState } from '@/features/archive/use-archive-explorer';

const day = (time: number) => new Date(time).toLocaleDateString('en-US', { month: 'short', day: 'numeric' });
const count = (value: number) => value.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** The line that says what was read: "720 files, 43,120 traces, Nov 6 – Dec 6, complete". */
export function describeLoaded(state: ExplorerState): string {
  const progress = state.progress;
  switch (state.phase) {
    case 'idle':
      return 'Choose a tracker and a range, or open trace files.';
    case 'starting':
      return 'Starting DuckDB and listing the files…';
    case 'loading':
      return progress
        ? `Reading ${count(progress.files)} of ${count(progress.totalFiles)} files (${megabytes(progress.bytes)} of ${megabytes(progress.totalBytes)}), ${count(progress.traces)} traces…`
        : 'Listing the files…';
    case 'error':
      return `The archive could not be read: ${state.error ?? 'unknown error'}`;
    default:
      break;
  }
  const scope = state.scope;
  if (!scope) {
    return 'Cancelled before anything was read.';
  }
  const what = `${count(scope.files)} file${scope.files === 1 ? '' : 's'}, ${count(scope.traces)} traces`;
  const where = scope.source.kind === 'bucket' ? `${day(scope.source.from)} – ${day(scope.source.to - 1)}` : 'files you opened';
  return `${what}, ${where}, ${scope.complete ? 'complete' : 'cancelled: the rest was not read'}`;
}
