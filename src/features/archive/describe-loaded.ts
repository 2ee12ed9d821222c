import { formatMonthDay } from '@/components/time-format';
import type { Locale } from '@/i18n/locales';
import type { Message, Translate } from '@/i18n/message-id';
import type { ExplorerState } from '@/features/archive/use-archive-explorer';

/** One formatter per language: a read's progress is drawn ten times a second, and making one costs more than using it. */
const oneDecimal = new Map<Locale, Intl.NumberFormat>();

/** Bytes as megabytes with one decimal, in the active language: "1.5 MB". */
export function megabytesText(bytes: number, t: Translate, locale: Locale): string {
  let format = oneDecimal.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimal.set(locale, format);
  }
  return t('archive.status.megabytes', { value: format.format(bytes / 1_048_576) });
}

/** The line that says what was read: "720 files, 43,120 traces, Nov 6 – Dec 6, complete", in the active language. */
export function describeLoaded(state: ExplorerState, t: Translate, locale: Locale): string {
  const day = (time: number) => formatMonthDay(time, 'local', locale);
  const megabytes = (bytes: number) => megabytesText(bytes, t, locale);
  const progress = state.progress;
  switch (state.phase) {
    case 'idle':
      return t('archive.status.idle');
    case 'starting':
      return t('archive.status.starting');
    case 'loading':
      return progress
        ? t(progress.listing ? 'archive.status.readingListing' : 'archive.status.reading', {
            files: progress.files,
            totalFiles: progress.totalFiles,
            bytes: megabytes(progress.bytes),
            totalBytes: megabytes(progress.totalBytes),
            traces: progress.traces,
          })
        : t('archive.status.listing');
    case 'listed':
      return t('archive.status.listed', { files: progress?.totalFiles ?? 0, bytes: megabytes(progress?.totalBytes ?? 0) });
    case 'error':
      return t('archive.status.error', { error: state.error === null ? t('archive.status.unknownError') : errorText(state.error, t) });
    default:
      break;
  }
  const scope = state.scope;
  if (!scope) {
    return t('archive.status.cancelledEmpty');
  }
  const counts = { files: scope.files, traces: scope.traces };
  if (scope.source.kind === 'bucket') {
    const range = { ...counts, from: day(scope.source.from), to: day(scope.source.to - 1) };
    return scope.complete ? t('archive.status.bucketComplete', range) : t('archive.status.bucketCancelled', range);
  }
  return scope.complete ? t('archive.status.filesComplete', counts) : t('archive.status.filesCancelled', counts);
}

/** An error's text: the console's own in the active language, DuckDB's and OBS's as they wrote it. */
function errorText(error: Message | string, t: Translate): string {
  return typeof error === 'string' ? error : t(error.id, error.values);
}
