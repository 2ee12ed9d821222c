import type { UserInfo } from '@/api/contract/types';
import type { DemoIdentity } from '@/mocks/db/identities';
import { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME } from '@/mocks/db/identities';
import type { Random } from '@/mocks/db/random';
import { intBetween } from '@/mocks/db/random';

/**
 * UserInfo of a trace (L1665–1682). `invoked_by` is ["service.console"] for console operations
 * (L1681) and the acting service for system actions; API calls leave it out. The session context
 * is present when temporary credentials were used.
 */
export function traceUser(
  identity: DemoIdentity,
  accessKey: string | undefined,
  traceType: string,
  serviceType: string,
  time: number,
  random: Random,
): UserInfo {
  const user: UserInfo = {
    id: identity.id,
    name: identity.name,
    user_name: identity.userName,
    domain: { id: DEMO_DOMAIN_ID, name: DEMO_DOMAIN_NAME },
    account_id: DEMO_DOMAIN_ID,
    principal_urn: identity.principalUrn,
    principal_id: identity.principalId,
    principal_is_root_user: identity.isRoot ? 'true' : 'false',
    type: identity.type,
  };
  if (accessKey !== undefined) {
    user.access_key_id = accessKey;
  }
  if (traceType === 'ConsoleAction') {
    user.invoked_by = ['service.console'];
  } else if (traceType === 'SystemAction') {
    user.invoked_by = [`service.${serviceType.toLowerCase()}`];
  }
  const temporary = accessKey !== undefined && identity.sessionKeys.includes(accessKey);
  if (temporary || identity.type !== 'User') {
    const issued = new Date(time - intBetween(random, 60_000, 50 * 60_000));
    user.session_context = {
      attributes: {
        created_at: issued.toISOString(),
        mfa_authenticated: identity.mfa && traceType === 'ConsoleAction' ? 'true' : 'false',
      },
    };
  }
  return user;
}
