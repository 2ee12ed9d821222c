/** The catalog areas: each part of the console owns the messages of one area (src/i18n/catalogs/<locale>/<area>.json). */
export const CATALOG_AREAS = [
  'common',
  'app',
  'startup',
  'settings',
  'traces',
  'trace-panels',
  'trackers',
  'notifications',
  'insights',
  'volume',
  'archive',
  'rules',
  'rule-forms',
  'errors',
] as const;
export type CatalogArea = (typeof CATALOG_AREAS)[number];

/**
 * The message IDs an area owns: `<area>.…`, except for the areas split off another area's IDs so
 * that the first screen does not download them: what Mock mode says when it cannot start; the
 * trace list's drawer, filter panel and dialogs; the forms' and the mock's rule messages.
 */
const SPLIT_AREAS: Partial<Record<CatalogArea, readonly string[]>> = {
  startup: ['app.startup.'],
  'trace-panels': ['traces.drawer.', 'traces.changes.', 'traces.field.', 'traces.filters.', 'traces.preferences.', 'traces.export.', 'traces.views.dialog.'],
  'rule-forms': ['rules.tracker.', 'rules.tag.', 'rules.notification.', 'rules.filter.', 'rules.mock.'],
};

/** The area whose catalog holds a message ID (undefined for an ID no area owns). */
export function areaOfMessage(id: string): CatalogArea | undefined {
  for (const [area, prefixes] of Object.entries(SPLIT_AREAS)) {
    if (prefixes.some((prefix) => id.startsWith(prefix))) {
      return area as CatalogArea;
    }
  }
  return CATALOG_AREAS.find((area) => id.startsWith(`${area}.`));
}
