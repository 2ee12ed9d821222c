/** The catalog areas: each part of the console owns the messages of one area (src/i18n/catalogs/<locale>/<area>.json). */
export const CATALOG_AREAS = ['common', 'app', 'settings', 'traces', 'trackers', 'notifications', 'insights', 'volume', 'archive', 'rules', 'errors'] as const;
export type CatalogArea = (typeof CATALOG_AREAS)[number];
