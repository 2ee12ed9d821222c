import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type TraceListState, parseTraceSearch, toTraceSearch } from '@/features/traces/trace-url-state';

/**
 * The list's view lives in the URL (reload, back/forward and links restore it). A malformed
 * parameter is replaced by its default in the URL, and the notices say what was set aside.
 */
export function useTraceListState() {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseTraceSearch(params, Date.now()), [params]);
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    if (parsed.notices.length > 0) {
      setNotices(parsed.notices);
      setParams(toTraceSearch(parsed.state), { replace: true });
    }
  }, [parsed, setParams]);

  const setState = useCallback(
    (next: TraceListState, options: { replace?: boolean } = {}) => setParams(toTraceSearch(next), options),
    [setParams],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);

  return { state: parsed.state, setState, notices, dismissNotices };
}
