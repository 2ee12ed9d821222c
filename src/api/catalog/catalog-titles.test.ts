import { describe, expect, it } from 'vitest';
import { catalog } from '@/api/catalog/catalog';
import titles from '@/i18n/data/operation-titles.zh-CN.json';
import { activateLocale, catalogTitle } from '@/i18n/i18n';

const english = catalog.flatMap((service) => [
  service.name,
  ...service.resource_types.flatMap((resource) => resource.traces.flatMap((trace) => trace.operations)),
]);

describe('the operations catalog in Chinese', () => {
  it('has a Chinese title for every service name and operation description, and none for what it lacks', () => {
    expect([...new Set(english)].filter((title) => !(title in titles))).toEqual([]);
    expect(Object.keys(titles).filter((title) => !english.includes(title))).toEqual([]);
  });

  it('shows them when Chinese is active, the English otherwise', async () => {
    expect(catalogTitle('Creating an ECS')).toBe('Creating an ECS');
    await activateLocale('zh-CN');
    expect(catalogTitle('Creating an ECS')).toBe('创建云服务器');
    expect(catalogTitle('Not in the catalog')).toBe('Not in the catalog');
    await activateLocale('en');
    expect(catalogTitle('Creating an ECS')).toBe('Creating an ECS');
  });
});
