import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '@/mocks/node';
import { renderApp } from '@/testing/render-app';

describe('the builder’s operations, from the account’s /operations', () => {
  it('lists a service the bundled catalog does not know, and searches by several words', async () => {
    mockServer.use(
      http.get('*/v3/:projectId/operations', () =>
        HttpResponse.json({
          operations: [
            { service_type: 'DCS', resource_type: 'instance', operation_list: ['flushInstance'] },
            { service_type: 'ECS', resource_type: 'ecs', operation_list: ['createServer', 'deleteServer'] },
          ],
        }),
      ),
    );
    const { user } = renderApp({ path: '/notifications/new' });
    await user.click(await screen.findByRole('radio', { name: /custom operations/i }));
    const tree = await screen.findByRole('list', { name: 'Operations by service' });
    expect(within(tree).getAllByText('DCS').length).toBeGreaterThan(0);
    expect(within(tree).queryAllByText('CSBS')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Search operations' }), 'delete server');
    expect(await screen.findByRole('checkbox', { name: 'deleteServer' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'createServer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'flushInstance' })).not.toBeInTheDocument();
  });

  it('says so when the operations cannot be listed, with a retry', async () => {
    mockServer.use(
      http.get('*/v3/:projectId/operations', () => HttpResponse.json({ error_code: 'CTS.0300', error_msg: 'Query failed.' }, { status: 400 })),
    );
    const { user } = renderApp({ path: '/notifications/new' });
    await user.click(await screen.findByRole('radio', { name: /custom operations/i }));
    expect(await screen.findByText('The operations could not be listed')).toBeInTheDocument();
    expect(screen.getByText('Query failed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
