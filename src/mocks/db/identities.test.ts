import { describe, expect, it } from 'vitest';
import { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_IDENTITIES, accessKeysOf } from '@/mocks/db/identities';

/** The IAM users of the demo account (root account excluded). */
const DEMO_USERS = DEMO_IDENTITIES.filter((identity) => identity.type === 'User' && !identity.isRoot).map((identity) => identity.name);

describe('demo identities', () => {
  it('has 8–12 IAM users with unique names and keys', () => {
    expect(DEMO_USERS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_USERS.length).toBeLessThanOrEqual(12);
    const names = DEMO_IDENTITIES.map((identity) => identity.name);
    expect(new Set(names).size).toBe(names.length);
    const keys = DEMO_IDENTITIES.flatMap(accessKeysOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[A-Z0-9]{20}$/.test(key))).toBe(true);
  });

  it('uses the UserInfo principal forms (L1677–1678)', () => {
    for (const identity of DEMO_IDENTITIES) {
      if (identity.type === 'User') {
        expect(identity.principalUrn).toBe(`iam::${DEMO_DOMAIN_ID}:user:${identity.name}`);
      } else if (identity.type === 'AssumedAgency') {
        expect(identity.principalUrn).toMatch(new RegExp(`^sts::${DEMO_DOMAIN_ID}:assumed-agency:[\\w-]+/[\\w-]+$`));
        expect(identity.name.startsWith(`${DEMO_DOMAIN_NAME}/`)).toBe(true);
        expect(identity.principalId).toMatch(/^[0-9a-f]{32}:/);
      } else {
        expect(identity.principalUrn).toContain(':external-user:');
        expect(identity.principalId).toContain(':');
      }
    }
  });
});
