import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { JsonView, parseJsonText } from '@/components/json-view';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

/** The console's language around the component, as AppProviders gives it in the app. */
function I18nWrapper({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

describe('JsonView', () => {
  it('shows JSON text as a collapsible tree', async () => {
    const user = userEvent.setup();
    render(<JsonView label="request" value={'{"tracker_name":"system","obs_info":{"bucket_name":"logs"}}'} defaultOpenDepth={1} />, { wrapper: I18nWrapper });
    const view = screen.getByRole('group', { name: 'request' });
    expect(view).toHaveTextContent('"tracker_name": "system"');
    const nested = within(view).getByRole('button', { name: /obs_info/ });
    expect(nested).toHaveAttribute('aria-expanded', 'false');
    await user.click(nested);
    expect(view).toHaveTextContent('"bucket_name": "logs"');
  });

  it('keeps text that is not JSON as text, and markup inert', () => {
    render(<JsonView label="response" value={'<img src=x onerror=alert(1)>'} />, { wrapper: I18nWrapper });
    const view = screen.getByRole('group', { name: 'response' });
    expect(view).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(view.querySelector('img')).toBeNull();
  });

  it('tells JSON objects from scalars and text', () => {
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, json: { a: 1 } });
    expect(parseJsonText('200')).toEqual({ ok: false, text: '200' });
    expect(parseJsonText({ a: [1] })).toEqual({ ok: true, json: { a: [1] } });
    expect(parseJsonText(undefined)).toEqual({ ok: false, text: '' });
  });
});
