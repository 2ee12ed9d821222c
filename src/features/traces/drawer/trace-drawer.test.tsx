import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Trace } from '@/api/contract/types';
import type { TraceFilters } from '@/api/traces';
import { TraceDrawer } from '@/features/traces/drawer/trace-drawer';
import { withTraces } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert("cts")</script>';

const ui = {
  drawer: () => screen.getByRole('dialog'),
  group: (name: string) => screen.getByRole('region', { name }),
  /** The value (dd) a field's label (dt) describes, within a group. */
  field: (group: string, label: string) => within(screen.getByRole('region', { name: group })).getByText(label, { selector: 'dt' }).nextElementSibling,
};

function sampleTrace(overrides: Partial<Trace> = {}): Trace {
  return {
    trace_id: 'a1b2c3d4-0000-4000-8000-000000000001',
    trace_name: 'rebootServer',
    trace_rating: 'warning',
    trace_type: 'ConsoleAction',
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_id: 'server-1',
    resource_name: HOSTILE,
    time: Date.UTC(2025, 0, 2, 3, 4, 5, 678),
    record_time: Date.UTC(2025, 0, 2, 3, 4, 6, 0),
    code: '409',
    request: '{"server":{"name":"web-01"}}',
    response: SCRIPT,
    user: { name: 'alice', domain: { name: 'acme', id: 'domain-1' }, invoked_by: ['service.console'] },
    source_ip: '203.0.113.9',
    endpoint: 'javascript:alert(1)//',
    resource_url: 'x',
    ...overrides,
  };
}

interface Handlers {
  onClose?: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  onShowRelated?: (filters: Partial<TraceFilters>) => void;
}

function renderDrawer(trace: Trace | undefined, traceId = trace?.trace_id ?? 'missing', handlers: Handlers = {}, timeZone: 'local' | 'UTC' = 'UTC') {
  const props = { onClose: vi.fn(), onShowRelated: vi.fn(), ...handlers };
  const view = renderApp({
    routes: [{ path: '/', element: <TraceDrawer traceId={traceId} trace={trace} timeZone={timeZone} {...props} /> }],
  });
  return { ...view, props };
}

describe('TraceDrawer', () => {
  it('shows every field of the reference, grouped, with "—" for the empty ones', async () => {
    renderDrawer(sampleTrace());
    expect(await screen.findByRole('heading', { level: 2, name: 'rebootServer' })).toBeInTheDocument();
    for (const name of ['Event', 'Resource', 'Identity', 'Network']) {
      expect(ui.group(name)).toBeInTheDocument();
    }
    const event = within(ui.group('Event'));
        expect(event.getByText('409')).toBeInTheDocument();
    expect(event.getByText('warning')).toBeInTheDocument();
    expect(event.getByText('2025-01-02 03:04:05.678')).toBeInTheDocument();
    expect(ui.field('Event', 'API version')).toHaveTextContent('—');
    expect(ui.field('Identity', 'Domain name')).toHaveTextContent('acme');
    expect(ui.field('Identity', 'Invoked by')).toHaveTextContent('service.console');
    expect(ui.field('Identity', 'MFA authenticated')).toHaveTextContent('—');
    expect(within(ui.group('Network')).getByText('203.0.113.9')).toBeInTheDocument();
  });

  it('renders code, request and response whether strings, numbers or objects', async () => {
    renderDrawer(sampleTrace({ code: 200 as unknown as string, request: { name: 'web' } as unknown as string, response: '' }));
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    expect(ui.field('Event', 'HTTP code')).toHaveTextContent('200');
    expect(screen.getByRole('group', { name: 'request' })).toHaveTextContent('"name": "web"');
    expect(screen.getByRole('group', { name: 'response' })).toHaveTextContent('—');
    expect(screen.getByRole('button', { name: 'Copy request' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy trace ID' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy trace as JSON' })).toBeInTheDocument();
  });

  it('keeps hostile text inert and gives no link for a non-https resource page', async () => {
    renderDrawer(sampleTrace());
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    expect(within(ui.group('Resource')).getByText(HOSTILE)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'response' })).toHaveTextContent(SCRIPT);
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.queryByRole('link', { name: /Open resource/ })).toBeNull();
    expect(screen.getByText('javascript:alert(1)/x')).toBeInTheDocument();
  });

  it('links an https resource page in a new tab', async () => {
    renderDrawer(sampleTrace({ endpoint: 'console-intl.huaweicloud.com', resource_url: '/ecs/#/server/detail?id=1' }));
    const link = await screen.findByRole('link', { name: /Open resource/ });
    expect(link).toHaveAttribute('href', 'https://console-intl.huaweicloud.com/ecs/#/server/detail?id=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('moves with j and k, not while typing, and closes with Escape', async () => {
    const handlers = { onNext: vi.fn(), onPrevious: vi.fn(), onClose: vi.fn() };
    const { user } = renderDrawer(sampleTrace(), undefined, handlers);
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    await user.keyboard('j');
    await user.keyboard('k');
    expect(handlers.onNext).toHaveBeenCalledTimes(1);
    expect(handlers.onPrevious).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Next trace (j)' }));
    expect(handlers.onNext).toHaveBeenCalledTimes(2);
    const input = document.createElement('input');
    ui.drawer().appendChild(input);
    input.focus();
    await user.keyboard('j');
    expect(handlers.onNext).toHaveBeenCalledTimes(2);
    await user.keyboard('{Escape}');
    expect(handlers.onClose).toHaveBeenCalled();
  });

  it('sets the filters for related traces; a data trace cannot use them', async () => {
    const onShowRelated = vi.fn();
    const { user, unmount } = renderDrawer(sampleTrace(), undefined, { onShowRelated });
    await user.click(await screen.findByRole('button', { name: 'All traces of this resource' }));
    expect(onShowRelated).toHaveBeenLastCalledWith({ trace_type: 'system', service_type: 'ECS', resource_type: 'ecs', resource_id: 'server-1' });
    await user.click(screen.getByRole('button', { name: 'All traces of this user' }));
    expect(onShowRelated).toHaveBeenLastCalledWith({ trace_type: 'system', user: 'alice' });
    await user.click(screen.getByRole('button', { name: 'All traces with this trace name' }));
    expect(onShowRelated).toHaveBeenLastCalledWith({ trace_type: 'system', service_type: 'ECS', resource_type: 'ecs', trace_name: 'rebootServer' });
    unmount();
    renderDrawer(sampleTrace({ trace_type: 'ObsAPI' }));
    expect(await screen.findByRole('button', { name: 'All traces of this user' })).toBeDisabled();
  });

  it('loads a trace by ID when opened from a link, and says when none has it', async () => {
    const [linked] = withTraces([{ trace_name: 'linkedTrace', service_type: 'CTS', resource_type: 'tracker' }]);
    const { unmount } = renderDrawer(undefined, linked?.trace_id);
    expect(await screen.findByRole('heading', { level: 2, name: 'linkedTrace' })).toBeInTheDocument();
    unmount();
    renderDrawer(undefined, 'no-such-trace');
    expect(await screen.findByText('No management trace has this ID')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Trace not found' })).toBeInTheDocument();
  });

  it('writes times as the table does, in the chosen zone, to the millisecond, with the value CTS sent', async () => {
    const created = '2025-01-02T01:00:00.250Z';
    renderDrawer(sampleTrace({ user: { name: 'alice', session_context: { attributes: { created_at: created, mfa_authenticated: 'false' } } } }));
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    expect(ui.field('Event', 'Generated')).toHaveTextContent(`2025-01-02 03:04:05.678 UTC · ${Date.UTC(2025, 0, 2, 3, 4, 5, 678)}`);
    expect(ui.field('Identity', 'Session created at')).toHaveTextContent(`2025-01-02 01:00:00.250 UTC · ${created}`);
  });

  it('shortens long IDs to one line, whole on hover and copyable', async () => {
    renderDrawer(sampleTrace({ request_id: 'req-0123456789abcdef0123456789abcdef' }));
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    expect(screen.getByTitle('a1b2c3d4-0000-4000-8000-000000000001')).toHaveTextContent('a1b2c3d4-0…000001');
    expect(screen.getByRole('button', { name: 'Copy trace ID' })).toBeInTheDocument();
    const request = ui.field('Event', 'Request ID') as HTMLElement;
    expect(within(request).getByTitle('req-0123456789abcdef0123456789abcdef')).toHaveTextContent('req-012345…abcdef');
    expect(within(request).getByRole('button', { name: 'Copy Request ID' })).toBeInTheDocument();
  });

  it('copies a link to the trace and confirms each copy with a toast', async () => {
    const { user } = renderDrawer(sampleTrace());
    await screen.findByRole('heading', { level: 2, name: 'rebootServer' });
    await user.click(screen.getByRole('button', { name: 'Copy link to this trace' }));
    expect(await screen.findByText('Link to this trace copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(window.location.href);
    await user.click(screen.getByRole('button', { name: 'Copy trace ID' }));
    expect(await screen.findByText('Trace ID copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('a1b2c3d4-0000-4000-8000-000000000001');
  });
});
