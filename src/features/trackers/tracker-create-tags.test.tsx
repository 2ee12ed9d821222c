import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNext, storedTags, trackerCount } from '@/mocks/testing/scenarios';
import { renderApp } from '@/testing/render-app';

const ui = {
  form: () => screen.findByRole('form', { name: 'Create tracker' }),
  tags: () => screen.getByRole('region', { name: 'Tags' }),
};

/** Fills a valid data tracker: a name, the seeded bucket nobody tracks, READ. */
async function fillDataTracker(user: ReturnType<typeof renderApp>['user'], name: string) {
  await ui.form();
  await user.type(screen.getByRole('textbox', { name: 'Tracker name' }), name);
  await user.type(screen.getByRole('textbox', { name: 'Tracked OBS bucket' }), 'hr-archive');
  await user.click(screen.getByRole('checkbox', { name: 'Write (WRITE)' }));
}

async function addTag(user: ReturnType<typeof renderApp>['user'], index: number, key: string, value: string) {
  await user.click(within(ui.tags()).getByRole('button', { name: index === 1 ? 'Add a tag' : 'Another tag' }));
  await user.type(within(ui.tags()).getByRole('textbox', { name: `Key ${index}` }), key);
  if (value) {
    await user.type(within(ui.tags()).getByRole('textbox', { name: `Value ${index}` }), value);
  }
}

describe('tags on the create form', () => {
  it('creates the tracker, then sets its tags on the new tracker’s ID, and opens it', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/trackers/new?type=data' });
    await fillDataTracker(user, 'assets-writes');
    await addTag(user, 1, 'team', 'web ops');
    await addTag(user, 2, 'cost-center', '');
    await user.click(screen.getByRole('button', { name: 'Create tracker' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/trackers/assets-writes'));
    expect(storedTags('assets-writes')).toEqual([
      { key: 'team', value: 'web ops' },
      { key: 'cost-center', value: '' },
    ]);
    const tags = await screen.findByRole('table', { name: 'Tags' });
    expect(within(tags).getByText('web ops')).toBeInTheDocument();
  });

  it('checks the tags with the tag rules before creating anything', { timeout: 30_000 }, async () => {
    const { user } = renderApp({ path: '/trackers/new?type=data' });
    await fillDataTracker(user, 'assets-writes');
    await addTag(user, 1, '_sys_owner', '');
    const before = trackerCount();
    await user.click(screen.getByRole('button', { name: 'Create tracker' }));
    expect(await within(ui.tags()).findByText('A tag key cannot start with _sys_.')).toBeInTheDocument();
    expect(trackerCount()).toBe(before);
  });

  it('says the tracker exists when its tags fail, keeps them, and retries only the tags', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/trackers/new?type=data' });
    await fillDataTracker(user, 'assets-writes');
    await addTag(user, 1, 'team', 'web ops');
    failNext('batchCreateResourceTags', 'CTS.0005', { message: 'Tag service unavailable.' });
    const before = trackerCount();
    await user.click(screen.getByRole('button', { name: 'Create tracker' }));

    const notice = await screen.findByText('Tracker assets-writes was created, but its tags were not added');
    expect(notice.closest('[role="alert"]')).toHaveTextContent('CTS.0005: Tag service unavailable.');
    expect(trackerCount()).toBe(before + 1);
    expect(within(ui.tags()).getByRole('textbox', { name: 'Key 1' })).toHaveValue('team');
    expect(within(ui.tags()).getByRole('textbox', { name: 'Value 1' })).toHaveValue('web ops');
    expect(router.state.location.pathname).toBe('/trackers/new');

    await user.click(screen.getByRole('button', { name: 'Retry adding tags' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/trackers/assets-writes'));
    expect(trackerCount()).toBe(before + 1);
    expect(storedTags('assets-writes')).toEqual([{ key: 'team', value: 'web ops' }]);
  });

  it('can leave for the tracker without its tags once it exists', { timeout: 30_000 }, async () => {
    const { user, router } = renderApp({ path: '/trackers/new?type=data' });
    await fillDataTracker(user, 'assets-writes');
    await addTag(user, 1, 'team', 'web ops');
    failNext('batchCreateResourceTags', 'CTS.0214');
    await user.click(screen.getByRole('button', { name: 'Create tracker' }));
    await user.click(await screen.findByRole('button', { name: 'Open the tracker without tags' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/trackers/assets-writes'));
  });
});
