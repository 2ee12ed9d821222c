import { type Page, expect, test } from '@playwright/test';
import { NotificationBuilderPage } from './pages/notification-builder-page';
import { NotificationListPage } from './pages/notification-list-page';
import { callCts, injectTraces } from './pages/notification-api';
import { resetEmbeddedMock } from './support/mock';

interface StoredNotification {
  notification_id: string;
  notification_name: string;
  status: string;
  filter?: { condition: string; is_support_filter: boolean; rule: string[] };
}

const ui = {
  projectTopic: (projectId: string) => `urn:smn:ap-southeast-1:${projectId}:e2e_alerts`,
};

async function listAll(page: Page): Promise<StoredNotification[]> {
  const smn = await callCts<{ notifications: StoredNotification[] }>(page, 'GET', (p) => `/v3/${p}/notifications/smn`);
  const fun = await callCts<{ notifications: StoredNotification[] }>(page, 'GET', (p) => `/v3/${p}/notifications/fun`);
  return [...smn.json.notifications, ...fun.json.notifications];
}

test.describe('key event notifications on the embedded mock', () => {
  test.beforeEach(async ({ page }) => {
    // The app renders once the mock's service worker runs: only then do the page's calls reach it.
    await new NotificationListPage(page).open();
    await resetEmbeddedMock(page);
  });

  test('builds a custom notification, restores every choice on edit, and previews matching traces', async ({ page }) => {
    // The longest walk of the suite: every section of the builder, twice, then a preview.
    test.setTimeout(120_000);
    const builder = new NotificationBuilderPage(page);
    const list = new NotificationListPage(page);
    const projectId = await page.evaluate(async () => ((await (await fetch('/mock/state')).json()) as { project_id: string }).project_id);

    await builder.openNew();
    await builder.name.fill('e2e_custom');
    await builder.pickOperations('ECS', 'ecs', ['createServer', 'deleteServer']);
    await builder.pickOperations('CSBS', 'backupPolicy', ['deleteBackupPolicy']);
    await expect(page.getByText('3 operations chosen across 2 services')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'All of ECS › ecs' })).toHaveJSProperty('indeterminate', true);
    await builder.addUserGroup('ops', ['alice.chen']);
    await builder.addUserGroup('auditors', ['bob.martin', 'carol_zhang']);
    await builder.topic.fill(ui.projectTopic(projectId));
    await expect(page.getByText('Detected: SMN topic (notification type “smn”).')).toBeVisible();
    await builder.addRule('code', '!=', '200');
    await builder.addRule('trace_rating', '=', 'incident');
    await builder.setCondition('OR');
    await page.getByRole('button', { name: /Request body/ }).click();
    await expect(page.getByRole('group', { name: 'Request body' })).toContainText('"code != 200"');
    await builder.save();

    await expect(page.getByRole('status').filter({ hasText: 'e2e_custom created. It is enabled.' })).toBeVisible();
    const row = list.row('e2e_custom');
    await expect(row).toContainText('3 operations across 2 services');
    await expect(row).toContainText('3 users in 2 groups');
    await expect(row).toContainText('SMN topic');
    await expect(row).toContainText('Enabled');

    await list.openBuilder('e2e_custom');
    for (const chip of ['ECS › ecs › createServer', 'ECS › ecs › deleteServer', 'CSBS › backupPolicy › deleteBackupPolicy']) {
      await expect(builder.chosenOperations.getByRole('button', { name: `Remove ${chip}` })).toBeVisible();
    }
    await expect(page.getByRole('combobox', { name: 'User group 1' })).toHaveValue('ops');
    await expect(page.getByRole('combobox', { name: 'User group 2' })).toHaveValue('auditors');
    await expect(page.getByRole('list', { name: 'User groups' }).getByRole('listitem').nth(1)).toContainText('carol_zhang');
    await expect(builder.topic).toHaveValue(ui.projectTopic(projectId));
    await expect(page.getByRole('combobox', { name: 'Rule 1 field' })).toHaveText('code');
    await expect(page.getByRole('textbox', { name: 'Rule 1 value' })).toHaveValue('200');
    await expect(page.getByRole('combobox', { name: 'Rule 2 value' })).toHaveText('incident');
    await expect(page.getByRole('button', { name: 'Any (OR)' })).toHaveAttribute('aria-pressed', 'true');

    // Traces that the rule certainly catches: a failed createServer by alice.chen, an incident on a backup policy.
    const [created, deleted] = await injectTraces(page, [
      { service_type: 'ECS', resource_type: 'ecs', trace_name: 'createServer', code: '500', user: { name: 'alice.chen' }, time: Date.now() - 60_000 },
      { service_type: 'CSBS', resource_type: 'backupPolicy', trace_name: 'deleteBackupPolicy', code: '200', trace_rating: 'incident', user: { name: 'bob.martin' }, time: Date.now() - 120_000 },
      // Caught by no rule: a user outside the groups.
      { service_type: 'ECS', resource_type: 'ecs', trace_name: 'deleteServer', code: '500', user: { name: 'm.rossi' }, time: Date.now() - 90_000 },
    ]);
    await page.getByRole('button', { name: 'Test this notification' }).click();
    await expect(page.getByText(/^Preview: \d+ traces? would have triggered this notification\.$/)).toBeVisible();
    await expect(page.getByText(/One query per chosen trace name \(3 queries\)/).first()).toBeVisible();
    const matches = page.getByRole('table', { name: 'Traces that would have triggered the notification' });
    await expect(matches.getByRole('link', { name: new RegExp(created ?? 'missing') })).toHaveAttribute('href', `/traces?trace_id=${created}`);
    await expect(matches.getByRole('link', { name: new RegExp(deleted ?? 'missing') })).toBeVisible();
    await expect(matches).not.toContainText('m.rossi');
    // Each match says its rating, code and which rule it met.
    const failedRow = matches.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(created ?? 'missing') }) });
    await expect(failedRow).toContainText('500');
    await expect(failedRow).toContainText('code != 200');
    const incidentRow = matches.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(deleted ?? 'missing') }) });
    await expect(incidentRow).toContainText('incident');
    await expect(incidentRow).toContainText('trace_rating = incident');
    // Its code is 200: under OR only the rule it met is named.
    await expect(incidentRow).not.toContainText('code != 200');
  });

  test('disables and re-enables from the row, and refuses to enable one without a topic', async ({ page }) => {
    const list = new NotificationListPage(page);
    await list.open();
    const toggle = list.statusSwitch('ecs_deletions');
    await toggle.click();
    await expect(list.row('ecs_deletions')).toContainText('Disabled');
    await toggle.click();
    await expect(list.row('ecs_deletions')).toContainText('Enabled');
    expect((await listAll(page)).find((n) => n.notification_name === 'ecs_deletions')?.filter?.rule).toEqual(['code != 200', 'trace_rating = incident']);

    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT') {
        requests.push(request.url());
      }
    });
    await list.statusSwitch('tracker_changes').click();
    await expect(page.getByRole('alert')).toContainText('tracker_changes has no topic or function');
    await expect(list.row('tracker_changes')).toContainText('Disabled');
    expect(requests).toEqual([]);
  });

  test('deletes two notifications at once, with one DELETE naming both IDs', async ({ page }) => {
    const list = new NotificationListPage(page);
    await list.open();
    await list.select('ecs_deletions');
    await list.select('all_ops_to_siem');
    await page.getByRole('button', { name: 'Delete selected (2)' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete 2 notifications?' });
    await expect(dialog.getByRole('list', { name: 'Notifications to delete' })).toContainText('ecs_deletions');
    await expect(dialog.getByRole('list', { name: 'Notifications to delete' })).toContainText('all_ops_to_siem');
    const deletion = page.waitForRequest((request) => request.method() === 'DELETE');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const ids = new URL((await deletion).url()).searchParams.get('notification_id')?.split(',') ?? [];
    expect(ids).toHaveLength(2);
    await expect(dialog).toBeHidden();
    await expect(list.table.getByRole('link', { name: 'ecs_deletions' })).toHaveCount(0);
    await expect(list.table.getByRole('link', { name: 'all_ops_to_siem' })).toHaveCount(0);
    await expect(list.row('tracker_changes')).toBeVisible();
  });

  test('creates a complete notification that calls a FunctionGraph function', async ({ page }) => {
    const builder = new NotificationBuilderPage(page);
    await builder.openNew();
    await builder.name.fill('e2e_all_to_function');
    await builder.chooseOperationType('All operations');
    await expect(page.getByRole('group', { name: 'Operations' })).toHaveCount(0);
    await builder.topic.fill('urn:fss:ap-southeast-1:p0123456789abcdef:function:default:audit_sink');
    await expect(page.getByText('Detected: FunctionGraph (notification type “fun”).')).toBeVisible();
    await builder.save();
    const row = new NotificationListPage(page).row('e2e_all_to_function');
    await expect(row).toContainText('FunctionGraph');
    await expect(row).toContainText('All operations');
    await expect(row).toContainText('Enabled');
  });

  test('saves a notification without a topic as disabled, and says so', async ({ page }) => {
    const builder = new NotificationBuilderPage(page);
    await builder.openNew();
    await builder.name.fill('e2e_no_topic');
    await builder.chooseOperationType('All operations');
    await builder.save();
    await expect(page.getByRole('status').filter({ hasText: 'e2e_no_topic created. It is disabled' })).toBeVisible();
    await expect(new NotificationListPage(page).row('e2e_no_topic')).toContainText('Disabled');
  });

  test('shows rules written by another client and keeps them verbatim after an edit', async ({ page }) => {
    const rules = ['resource_name = web server = prod', 'code != 200', 'resource_id = id with  two spaces'];
    const created = await callCts<StoredNotification>(page, 'POST', (p) => `/v3/${p}/notifications`, {
      notification_name: 'from_terraform',
      operation_type: 'complete',
      filter: { condition: 'AND', is_support_filter: true, rule: rules },
    });
    expect(created.status).toBe(201);

    const list = new NotificationListPage(page);
    await list.open();
    await list.openBuilder('from_terraform');
    const builder = new NotificationBuilderPage(page);
    await expect(page.getByRole('combobox', { name: 'Rule 1 field' })).toHaveText('resource_name');
    await expect(page.getByRole('textbox', { name: 'Rule 1 value' })).toHaveValue('web server = prod');
    await expect(page.getByRole('combobox', { name: 'Rule 2 operator' })).toHaveText('!=');
    await expect(page.getByRole('textbox', { name: 'Rule 3 value' })).toHaveValue('id with  two spaces');
    await builder.setCondition('OR');
    await builder.save();
    await expect(page.getByRole('status').filter({ hasText: 'from_terraform saved.' })).toBeVisible();
    const stored = (await listAll(page)).find((n) => n.notification_name === 'from_terraform');
    expect(stored?.filter).toEqual({ condition: 'OR', is_support_filter: true, rule: rules });
  });

  test('refuses an 11th group, a 51st user and a 7th rule, with messages', async ({ page }) => {
    test.setTimeout(90_000);
    const groups = Array.from({ length: 10 }, (_, group) => ({ user_group: `team_${group}`, user_list: Array.from({ length: 5 }, (_, user) => `user_${group}_${user}`) }));
    const created = await callCts(page, 'POST', (p) => `/v3/${p}/notifications`, { notification_name: 'full_house', operation_type: 'complete', notify_user_list: groups });
    expect(created.status).toBe(201);
    const list = new NotificationListPage(page);
    await list.open();
    await list.openBuilder('full_house');
    const builder = new NotificationBuilderPage(page);

    await expect(page.getByText('Groups 10 / 10 · Users 50 / 50')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add user group' })).toBeDisabled();
    await expect(page.getByText('Choose at most 10 user groups.')).toBeVisible();

    await builder.addUsers(1, ['one_too_many']);
    await expect(page.getByText('Choose at most 50 users in total.')).toBeVisible();
    await expect(page.getByText('Groups 10 / 10 · Users 50 / 50')).toBeVisible();

    for (let rule = 0; rule < 6; rule += 1) {
      await builder.addRule('code', '!=', `${200 + rule}`);
    }
    await expect(page.getByText('Rules 6 / 6')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add rule' })).toBeDisabled();
    await expect(page.getByText('Add at most 6 filter rules.')).toBeVisible();
  });
});
