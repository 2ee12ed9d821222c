import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale } from '@/i18n/i18n';
import { recordProxyCalls } from '@/testing/console-server';
import { renderApp } from '@/testing/render-app';
import { forgetConnection, storeConnection } from '@/testing/stored-connection';

describe('Live mode in the console language', () => {
  afterEach(async () => {
    await act(() => activateLocale('en'));
    forgetConnection();
  });

  it.each([
    ['en', 'en-us'],
    ['zh-CN', 'zh-cn'],
  ] as const)('sends X-Language %s → %s with CTS calls', async (locale, header) => {
    await act(() => activateLocale(locale));
    const seen = recordProxyCalls({ trackers: [] });
    storeConnection({ mode: 'live', endpoint: 'https://cts.eu-west-101.myhuaweicloud.eu', region: 'eu-west-101', projectId: 'p', domainId: 'd', useProxy: false, credentials: 'server' });
    renderApp({ path: '/trackers' });
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen[0]?.headers.get('x-language')).toBe(header);
  });
});
