import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveResults, type ReadTrace } from '@/features/archive/components/archive-results';
import { renderApp } from '@/testing/render-app';

const FILE = 'CloudTraces/ap-southeast-1/2026/11/2/system/ECS/trace_CloudTrace_ap-southeast-1_2026-11-02T10-02-31Z_ab.json.gz';
const row = { trace_id: 't-1', time: Date.UTC(2026, 10, 2, 9, 30), trace_name: 'deleteServer', user_name: 'm.rossi', service_type: 'ECS', resource_name: 'web-1', trace_rating: 'normal', file: FILE };

function renderResults(readTrace: ReadTrace) {
  return renderApp({ routes: [{ path: '/', element: <ArchiveResults rows={[row]} readTrace={readTrace} /> }] });
}

async function openTrace(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Open trace deleteServer of / }));
  return screen.findByRole('dialog', { name: 'Archived trace' });
}

describe('an archived trace’s drawer', () => {
  it('reads the trace whole from the file it was loaded from', async () => {
    let answer: (trace: Record<string, unknown>) => void = () => undefined;
    const readTrace = vi.fn<ReadTrace>(() => new Promise((resolve) => (answer = resolve)));
    const { user } = renderResults(readTrace);
    const drawer = await openTrace(user);
    expect(within(drawer).getByRole('status')).toHaveTextContent('Reading the trace from its file…');
    answer({ trace_id: 't-1', trace_name: 'deleteServer', user: { name: 'm.rossi', domain: { id: 'd-1' } }, request: { server: { id: 's-9' } } });
    const fields = await within(drawer).findByRole('group', { name: 'Trace fields' });
    expect(fields).toHaveTextContent('m.rossi');
    expect(fields).toHaveTextContent('"request": {"server": { 1 key }}');
    expect(readTrace).toHaveBeenCalledWith(FILE, 't-1');
    expect(drawer).toHaveTextContent(`read from ${FILE}`);
  });

  it('says so when the file no longer has the trace, or cannot be read', async () => {
    const gone = renderResults(async () => null);
    expect(await within(await openTrace(gone.user)).findByRole('alert')).toHaveTextContent(`The trace is no longer in ${FILE}`);
    gone.unmount();

    const failing = renderResults(async () => {
      throw new Error('OBS answered 503.');
    });
    expect(await within(await openTrace(failing.user)).findByRole('alert')).toHaveTextContent('The trace could not be read from its file: OBS answered 503.');
  });
});
