/**
 * The demo account whose operations the mock's traces record. Identity forms follow UserInfo
 * (L1665–1682): `principal_urn` is `iam::<account-id>:user:<user-name>` for IAM users,
 * `sts::<account-id>:assumed-agency:<agency>/<session>` for agency sessions (the reference prints
 * `sts::sts::`, L1677, which we read as a typo: the federated form on the same line has one
 * `sts::`), and `sts::<account-id>:external-user:<idp_id>/<session>` for federated users.
 * `type` and the `user.name` forms (`<domain-name>/<agency-name>` for agencies,
 * `<idp_id>/<session>` for federated users) follow the CTS user guide's "Relationship Between IAM
 * Identities and Operators" (the reference leaves `type` undocumented).
 */
import { AGENCY_NAME } from '@/api/contract/enums';

import { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_PROJECT_ID, DEMO_REGION } from '@/mocks/db/demo-account';

export { DEMO_DOMAIN_ID, DEMO_DOMAIN_NAME, DEMO_PROJECT_ID, DEMO_REGION };
/** Local time of the demo account (Hong Kong region): working hours and "night" are judged in it. */
export const DEMO_UTC_OFFSET_HOURS = 8;

export type IdentityType = 'User' | 'AssumedAgency' | 'ExternalUser';

/** Weights of the trace types an identity produces: [ApiCall, ConsoleAction, SystemAction]. */
export type TraceTypeWeights = readonly [number, number, number];

export interface DemoIdentity {
  type: IdentityType;
  /** `user.name`, what the `user` query parameter matches. */
  name: string;
  /** `user.user_name`. */
  userName: string;
  id: string;
  principalId: string;
  principalUrn: string;
  isRoot: boolean;
  /** Permanent access keys (API calls). */
  permanentKeys: readonly string[];
  /** Temporary access keys (console sessions, agency sessions, federated sessions). */
  sessionKeys: readonly string[];
  sourceIps: readonly string[];
  /** Relative share of background activity. */
  weight: number;
  traceTypes: TraceTypeWeights;
  mfa: boolean;
}

export const OFFICE_IPS = ['203.0.113.24', '203.0.113.57', '203.0.113.91'] as const;
export const VPN_IPS = ['198.51.100.12', '198.51.100.140'] as const;
/** Cloud-internal addresses that SystemAction traces come from. */
export const CLOUD_INTERNAL_IPS = ['100.125.3.17', '100.125.12.201', '100.125.40.9'] as const;
export const CI_RUNNER_IPS = ['192.0.2.33', '192.0.2.34'] as const;

function iamUser(
  name: string,
  id: string,
  keys: { permanent: string[]; session: string[] },
  extra: Partial<DemoIdentity> = {},
): DemoIdentity {
  return {
    type: 'User',
    name,
    userName: name,
    id,
    principalId: id,
    principalUrn: `iam::${DEMO_DOMAIN_ID}:user:${name}`,
    isRoot: false,
    permanentKeys: keys.permanent,
    sessionKeys: keys.session,
    sourceIps: [...OFFICE_IPS, ...VPN_IPS],
    weight: 1,
    traceTypes: [0.3, 0.7, 0],
    mfa: true,
    ...extra,
  };
}

function agencySession(agency: string, agencyId: string, session: string, extra: Partial<DemoIdentity>): DemoIdentity {
  return {
    type: 'AssumedAgency',
    name: `${DEMO_DOMAIN_NAME}/${agency}`,
    userName: `${DEMO_DOMAIN_NAME}/${agency}`,
    id: agencyId,
    principalId: `${agencyId}:${session}`,
    principalUrn: `sts::${DEMO_DOMAIN_ID}:assumed-agency:${agency}/${session}`,
    isRoot: false,
    permanentKeys: [],
    sessionKeys: [],
    sourceIps: CLOUD_INTERNAL_IPS,
    weight: 1,
    traceTypes: [0, 0, 1],
    mfa: false,
    ...extra,
  };
}

/** Every identity of the demo account, in a fixed order (their position is their index code). */
export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  {
    ...iamUser(DEMO_DOMAIN_NAME, DEMO_DOMAIN_ID, { permanent: [], session: ['HSTAQ7M2XK4PLR9TWB3N'] }),
    isRoot: true,
    weight: 0.3,
    traceTypes: [0, 1, 0],
  },
  iamUser('alice.chen', '7d2e9a41c05b4f3e8a6d1c9b0e7f2a35', {
    permanent: ['HPUAK3J8XQ2W5ZLM7RTE'],
    session: ['HSTAB4N8Q1C6V3XJ9KDM', 'HSTAF2R7P5L8M1ZW6YQC'],
  }, { weight: 2.2 }),
  iamUser('bob.martin', '1f8c3b5d7e9a4c2f8b6d0e4a2c6f8b10', {
    permanent: ['HPUAM9C4V7B2N5X8Z1QW'],
    session: ['HSTAG6H1J4K7L0P3R8TY'],
  }, { weight: 1.4 }),
  iamUser('carol_zhang', '9e0a2c4d6f8b4e1a9c7d5b3f1e0a8c62', {
    permanent: ['HPUAZ2X5C8V1B4N7M0LK'],
    session: ['HSTAW3E6R9T2Y5U8I1OP'],
  }, { weight: 1.2, traceTypes: [0.1, 0.9, 0] }),
  iamUser('ops-admin', '3b5d7f9a1c3e4b6d8f0a2c4e6b8d0f14', {
    permanent: ['HPUAO4P7S0D3F6G9H2JQ', 'HPUAT8Y1U4I7O0P3A6SD'],
    session: ['HSTAE5R8T1Y4U7I0O3PA'],
  }, { weight: 1.8, traceTypes: [0.6, 0.4, 0] }),
  iamUser('audit_bot', '5c7e9b1d3f5a4c8e0b2d4f6a8c0e2b47', {
    permanent: ['HPUAV2B5N8M1Q4W7E0RT'],
    session: [],
  }, { weight: 0.6, traceTypes: [1, 0, 0], sourceIps: CI_RUNNER_IPS, mfa: false }),
  iamUser('sre.oncall', 'a2c4e6f8b0d24a6c8e0f2b4d6a8c0e93', {
    permanent: ['HPUAC1X4Z7V0B3N6M9LQ'],
    session: ['HSTAD8F1G4H7J0K3L6ZX'],
  }, { weight: 1.1, traceTypes: [0.4, 0.6, 0] }),
  iamUser('m.rossi', 'b6d8f0a2c4e64b8d0f2a4c6e8b0d2f58', {
    permanent: ['HPUAR5T8Y1U4I7O0P3AS'],
    session: ['HSTAJ2K5L8Z1X4C7V0BN'],
  }, { weight: 0.8 }),
  iamUser('yuki.tanaka', 'c0e2a4b6d8f04c2e6a8b0d2f4a6c8e71', {
    permanent: [],
    session: ['HSTAM3N6B9V2C5X8Z1LK'],
  }, { weight: 1.0, traceTypes: [0, 1, 0] }),
  iamUser('priya.n', 'd4f6b8a0c2e44d6f8b0a2c4e6d8f0a26', {
    permanent: ['HPUAQ9W2E5R8T1Y4U7IO'],
    session: ['HSTAP6O3I0U7Y4T1R8EW'],
  }, { weight: 0.9 }),
  iamUser('deploy-pipeline', 'e8a0c2d4f6b84e0a2c4d6f8b0e2a4c39', {
    permanent: ['HPUAL7K4J1H8G5F2D9SA'],
    session: [],
  }, { weight: 1.6, traceTypes: [1, 0, 0], sourceIps: CI_RUNNER_IPS, mfa: false }),
  agencySession('ops_automation', 'f1b3d5e7a9c04f1b3d5e7a9c0b2d4f6a', 'terraform-run', {
    sessionKeys: ['HSTAU1I4O7P0A3S6D9FG', 'HSTAY5T2R9E6W3Q0Z7XC'],
    sourceIps: CI_RUNNER_IPS,
    weight: 0.9,
    traceTypes: [1, 0, 0],
  }),
  agencySession('ecs_auto_recovery_agency', '0a2b4c6d8e0f4a2b4c6d8e0f1a3b5c7d', 'ecs-service', {
    weight: 0.5,
  }),
  agencySession(AGENCY_NAME, '2c4e6a8b0d2f4c6e8a0b2d4f6a8c0e1f', 'cts-service', {
    weight: 0.3,
  }),
  {
    type: 'ExternalUser',
    name: 'acme-okta/lena.fischer@acme.example',
    userName: 'acme-okta/lena.fischer@acme.example',
    id: 'acme-okta',
    principalId: 'acme-okta:lena.fischer@acme.example',
    principalUrn: `sts::${DEMO_DOMAIN_ID}:external-user:acme-okta/lena.fischer@acme.example`,
    isRoot: false,
    permanentKeys: [],
    sessionKeys: ['HSTAH9J6K3L0Z7X4C1VB'],
    sourceIps: VPN_IPS,
    weight: 0.7,
    traceTypes: [0, 1, 0],
    mfa: true,
  },
];

/** The user the mock attributes the console's own tracker/notification actions to. */
export const DEMO_CONSOLE_USER = 'alice.chen';

export function identityIndex(name: string): number {
  const index = DEMO_IDENTITIES.findIndex((identity) => identity.name === name);
  if (index < 0) {
    throw new Error(`unknown demo identity ${name}`);
  }
  return index;
}

/** Every access key of an identity, permanent first. */
export function accessKeysOf(identity: DemoIdentity): readonly string[] {
  return [...identity.permanentKeys, ...identity.sessionKeys];
}
