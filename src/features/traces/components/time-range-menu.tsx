import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { useId, useState } from 'react';
import type { TraceRange, TraceWindow } from '@/api/rules/trace-query-rules';
import { type TimeZoneChoice, formatTime, zoneLabel } from '@/components/time-format';
import { RETENTION_NOTE, TRACE_RANGE_PRESETS } from '@/features/traces/trace-time-range';
import { LazyMenu, LazyMenuItem } from '@/components/lazy-menu';
import type { Translate } from '@/i18n/message-id';
import { useT } from '@/i18n/use-t';

interface TimeRangeMenuProps {
  window: TraceWindow;
  timeZone: TimeZoneChoice;
  /** A trace ID lookup ignores the time range: the button says so. */
  setAside: boolean;
  onPreset: (range: TraceRange) => void;
  onCustom: () => void;
}

export function describeWindow(window: TraceWindow, timeZone: TimeZoneChoice, t: Translate): string {
  if ('range' in window) {
    const preset = TRACE_RANGE_PRESETS.find((item) => item.range === window.range);
    return preset ? t(preset.label) : window.range;
  }
  return `${formatTime(window.from, timeZone)} – ${formatTime(window.to, timeZone)} ${zoneLabel(timeZone, window.from)}`;
}

/** The time range: presets in a menu, and the way to a custom range in the filter panel. */
export function TimeRangeMenu({ window, timeZone, setAside, onPreset, onCustom }: TimeRangeMenuProps) {
  const t = useT();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const label = describeWindow(window, timeZone, t);
  const choose = (action: () => void) => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ArrowDropDown />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        aria-label={t(setAside ? 'traces.range.buttonSetAside' : 'traces.range.button', { label })}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={setAside ? { textDecoration: 'line-through' } : undefined}
        title={t(RETENTION_NOTE)}
      >
        {label}
      </Button>
      <LazyMenu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {TRACE_RANGE_PRESETS.map((preset) => {
          const selected = 'range' in window && window.range === preset.range;
          return (
            <LazyMenuItem key={preset.range} role="menuitemradio" aria-checked={selected} selected={selected} onClick={() => choose(() => onPreset(preset.range))}>
              {t(preset.label)}
            </LazyMenuItem>
          );
        })}
        <LazyMenuItem role="menuitemradio" aria-checked={!('range' in window)} selected={!('range' in window)} onClick={() => choose(onCustom)}>
          {t('traces.range.custom')}
        </LazyMenuItem>
      </LazyMenu>
    </>
  );
}
