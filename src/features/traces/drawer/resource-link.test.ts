import { describe, expect, it } from 'vitest';
import { resourcePageText, resourcePageUrl } from '@/features/traces/drawer/resource-link';

describe('resourcePageUrl', () => {
  it('joins endpoint and resource URL into an https link', () => {
    expect(resourcePageUrl('https://console.example.com/', '/ecs/?region=r#/server/detail?id=1')).toBe(
      'https://console.example.com/ecs/?region=r#/server/detail?id=1',
    );
    expect(resourcePageUrl('console-intl.huaweicloud.com', '/vpc/#/vpc/detail?id=2')).toBe(
      'https://console-intl.huaweicloud.com/vpc/#/vpc/detail?id=2',
    );
  });

  it('gives no link for other schemes, credentials, text or missing parts', () => {
    expect(resourcePageUrl('http://console.example.com', '/ecs')).toBeNull();
    expect(resourcePageUrl('javascript:alert(1)//', 'x')).toBeNull();
    expect(resourcePageUrl('https://console.example.com@evil.example', '/ecs')).toBeNull();
    expect(resourcePageUrl('data:text/html,<script>alert(1)</script>', 'x')).toBeNull();
    expect(resourcePageUrl('<img src=x onerror=alert(1)>', '/a')).toBeNull();
    expect(resourcePageUrl(undefined, '/ecs')).toBeNull();
    expect(resourcePageUrl('https://console.example.com', undefined)).toBeNull();
  });

  it('keeps the joined text to show when there is no link', () => {
    expect(resourcePageText('javascript:alert(1)//', 'x')).toBe('javascript:alert(1)/x');
    expect(resourcePageText('', 'x')).toBeNull();
  });
});
