import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { i18n } from '@/i18n/i18n';

/** The console's language around the component, as AppProviders gives it in the app. */
function I18nWrapper({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

function renderForm(dirty: () => boolean) {
  const router = createMemoryRouter(
    [
      {
        path: '/form',
        element: (
          <>
            <Link to="/list">Back to the list</Link>
            <UnsavedChangesGuard when={dirty} subject="this tracker" />
          </>
        ),
      },
      { path: '/list', element: <h1>List</h1> },
    ],
    { initialEntries: ['/form'] },
  );
  render(<RouterProvider router={router} />, { wrapper: I18nWrapper });
  return router;
}

describe('UnsavedChangesGuard', () => {
  it('asks before leaving with unsaved changes; Stay keeps the form, Leave goes', async () => {
    const user = userEvent.setup();
    const router = renderForm(() => true);
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('Your changes to this tracker have not been saved.');
    await user.click(screen.getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/form');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'List' })).toBeInTheDocument();
  });

  it('lets the user go without asking when nothing is unsaved', async () => {
    const user = userEvent.setup();
    renderForm(() => false);
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    expect(await screen.findByRole('heading', { name: 'List' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
