import { describe, expect, it } from 'vitest';
import { readUnauthorizedReason, safeReturnPath, unauthorizedPath } from './unauthorized';

describe('safeReturnPath', () => {
  it('keeps a path of this console with its query and hash', () => {
    expect(safeReturnPath('/traces?user=alice#top')).toBe('/traces?user=alice#top');
    expect(safeReturnPath('/trackers/system')).toBe('/trackers/system');
  });

  it.each([
    ['nothing', null],
    ['an empty value', ''],
    ['a relative path', 'traces'],
    ['another origin', 'https://evil.example/traces'],
    ['a protocol-relative URL', '//evil.example/traces'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a tab the URL parser drops', '/\t/evil.example'],
    ['a newline the URL parser drops', '/\n/evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['the settings page itself', '/settings?reason=expired'],
    ['a settings sub-path', '/settings/'],
  ])('refuses %s', (_label, value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it('normalises dot segments instead of trusting them', () => {
    expect(safeReturnPath('/traces/../notifications')).toBe('/notifications');
    expect(safeReturnPath('/traces/../settings')).toBeNull();
  });
});

describe('unauthorizedPath', () => {
  it('names the reason and the way back', () => {
    expect(unauthorizedPath(new Error('x'), '/traces?user=alice')).toBe('/settings?reason=refused&from=%2Ftraces%3Fuser%3Dalice');
  });

  it('never sends the settings page back to itself', () => {
    expect(unauthorizedPath(new Error('x'), '/settings')).toBe('/settings?reason=refused');
  });
});

describe('readUnauthorizedReason', () => {
  it('reads the known reasons and the older "unauthorized" as a refusal', () => {
    expect(readUnauthorizedReason('expired')).toBe('expired');
    expect(readUnauthorizedReason('no-token')).toBe('no-token');
    expect(readUnauthorizedReason('unauthorized')).toBe('refused');
    expect(readUnauthorizedReason('anything')).toBeNull();
  });
});
