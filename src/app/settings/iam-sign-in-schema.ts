import { z } from 'zod';
import { type Connection } from '@/api/connection';
import type { IamSession } from '@/api/iam';
import { ctsEndpointOf, findRegion, iamEndpointOf } from '@/api/regions';
import { isHttpUrl } from '@/app/settings/connection-schema';

/**
 * Signing in with an IAM user: the region (its CTS and IAM endpoints follow), or a custom endpoint
 * that answers both CTS and IAM (the standalone mock); the account, the user and the password.
 */
export const iamSignInSchema = z
  .object({
    region: z.string().refine((region) => findRegion(region) !== undefined, 'Choose a region.'),
    endpointKind: z.enum(['region', 'custom']),
    customEndpoint: z.string().trim(),
    domainName: z.string().trim().min(1, 'Enter the account name.'),
    userName: z.string().trim().min(1, 'Enter the IAM user name.'),
    password: z.string().min(1, 'Enter the password.'),
    useProxy: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.endpointKind === 'custom' && !isHttpUrl(values.customEndpoint)) {
      ctx.addIssue({ code: 'custom', path: ['customEndpoint'], message: 'Enter an http:// or https:// URL, e.g. http://127.0.0.1:9000' });
    }
  });

export type IamSignInValues = z.infer<typeof iamSignInSchema>;

export function signInEndpoints(values: IamSignInValues): { cts: string; iam: string } {
  if (values.endpointKind === 'custom') {
    const endpoint = values.customEndpoint.replace(/\/+$/, '');
    return { cts: endpoint, iam: endpoint };
  }
  return { cts: ctsEndpointOf(values.region), iam: iamEndpointOf(values.region) };
}

/** The Live connection a sign-in gives: the token and what IAM said of it; the password is not in it. */
export function connectionOfSignIn(values: IamSignInValues, session: IamSession): Connection {
  const endpoints = signInEndpoints(values);
  return {
    mode: 'live',
    endpoint: endpoints.cts,
    region: values.region,
    projectId: session.projectId ?? '',
    domainId: session.domainId,
    useProxy: values.useProxy,
    credentials: 'token',
    token: session.token,
    tokenExpiresAt: session.expiresAt,
    iamEndpoint: endpoints.iam,
    signedInAs: `${session.userName} @ ${values.domainName.trim()}`,
  };
}
