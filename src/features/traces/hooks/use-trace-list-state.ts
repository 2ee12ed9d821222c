import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type TraceListState, parseTraceSearch, toTraceSearch } from '@/features/traces/trace-url-state';
import type { Message } from '@/i18n/message-id';

/** A new state, or how to derive it from the latest one (two quick edits must not overwrite each other). */
export type TraceListUpdate = TraceListState | ((current: TraceListState) => TraceListState);

/**
 * The list's view lives in the URL (reload, back/forward and links restore it). A malformed
 * parameter is replaced by its default in the URL, and the notices say what was set aside.
 */
export function useTraceListState() {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseTraceSearch(params, Date.now()), [params]);
  const [notices, setNotices] = useState<Message[]>([]);
  // A navigation lands a render or two after it is asked for; a second edit in between builds on
  // what the first one wrote, not on the state this render was given.
  const latest = useRef(parsed.state);

  useEffect(() => {
    latest.current = parsed.state;
    if (parsed.notices.length > 0) {
      setNotices(parsed.notices);
      setParams(toTraceSearch(parsed.state), { replace: true });
    }
  }, [parsed, setParams]);

  const setState = useCallback(
    (update: TraceListUpdate, options: { replace?: boolean } = {}) => {
      const next = typeof update === 'function' ? update(latest.current) : update;
      latest.current = next;
      setParams(toTraceSearch(next), options);
    },
    [setParams],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);

  return { state: parsed.state, setState, notices, dismissNotices };
}
