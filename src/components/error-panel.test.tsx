import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ErrorPanel } from '@/components/error-panel';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

/** The console's language around the component, as AppProviders gives it in the app. */
function I18nWrapper({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

describe('ErrorPanel', () => {
  it('shows the status, code, message, hint and a copyable request ID', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(
      <ErrorPanel
        title="Trackers could not be loaded"
        status={400}
        code="CTS.0300"
        message="Query failed."
        requestId="req-1"
        hint="Check the filters."
        onRetry={onRetry}
      />,
      { wrapper: I18nWrapper },
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Trackers could not be loaded');
    expect(alert).toHaveTextContent('HTTP 400 · CTS.0300');
    expect(alert).toHaveTextContent('Query failed.');
    expect(alert).toHaveTextContent('Check the filters.');

    await user.click(screen.getByRole('button', { name: 'Copy request ID' }));
    expect(await navigator.clipboard.readText()).toBe('req-1');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says "No response" for a network failure and has no Retry without a handler', () => {
    render(<ErrorPanel status={0} code="NETWORK" message="The CTS endpoint could not be reached." />, { wrapper: I18nWrapper });
    expect(screen.getByRole('alert')).toHaveTextContent('No response · NETWORK');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Request ID/)).not.toBeInTheDocument();
  });

  it('names the IAM action on 403 and points to the connection settings on 401', () => {
    const { rerender } = render(
      <MemoryRouter>
        <ErrorPanel status={403} code="CTS.0013" message="No permission, Please check roles." iamAction="cts:tracker:create" />
      </MemoryRouter>,
      { wrapper: I18nWrapper },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('allows cts:tracker:create');
    rerender(
      <MemoryRouter>
        <ErrorPanel status={401} code="APIGW.0301" message="Incorrect IAM authentication information" unauthorized />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'connection settings' })).toHaveAttribute('href', '/settings');
  });
});
