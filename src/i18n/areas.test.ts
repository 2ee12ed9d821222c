import { describe, expect, it, vi } from 'vitest';
import { areaOfMessage } from './areas';

describe('catalog areas', () => {
  it('gives a split-off message to the area that loads it later, every other one to its prefix', () => {
    expect(areaOfMessage('traces.page.title')).toBe('traces');
    expect(areaOfMessage('traces.drawer.close')).toBe('trace-panels');
    expect(areaOfMessage('traces.views.menu')).toBe('traces');
    expect(areaOfMessage('traces.views.dialog.title')).toBe('trace-panels');
    expect(areaOfMessage('rules.traceQuery.type')).toBe('rules');
    expect(areaOfMessage('rules.tracker.type')).toBe('rule-forms');
    expect(areaOfMessage('app.startup.heading')).toBe('startup');
    expect(areaOfMessage('app.nav.traces')).toBe('app');
    expect(areaOfMessage('nothing.owns.this')).toBeUndefined();
  });

  it('loads the area of a message shown before it, so the screen shows its words after the ID', async () => {
    vi.resetModules();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A fresh instance, as on a first visit: only the first screen's areas are in.
    const { i18n } = await import('./i18n');
    const changed = new Promise<void>((resolve) => i18n.on('change', () => resolve()));
    expect(i18n._('traces.drawer.close')).toBe('traces.drawer.close');
    await changed;
    expect(i18n._('traces.drawer.close')).not.toBe('traces.drawer.close');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('trace-panels'));
  });
});
