import { z } from '@/api/zod';
import { type Connection } from '@/api/connection';
import type { IamSession } from '@/api/iam';
import { ctsEndpointOf, findRegion, iamEndpointOf } from '@/api/regions';
import { isHttpUrl } from '@/app/settings/connection-schema';
import { translate } from '@/i18n/i18n';
import type { MessageId } from '@/i18n/message-id';

/** A zod message in the language active when the form is checked (the schema itself is built once). */
const inActiveLanguage = (id: MessageId) => ({ error: () => translate(id) });

/**
 * Signing in with an IAM user: the region (its CTS and IAM endpoints follow), or a custom endpoint
 * that answers both CTS and IAM (the standalone mock); the account, the user and the password.
 */
const IAM_USER_ID = /^[0-9a-f]{32}$/i;

export const iamSignInSchema = z
  .object({
    region: z.string().refine((region) => findRegion(region) !== undefined, inActiveLanguage('settings.signIn.errors.region')),
    endpointKind: z.enum(['region', 'custom']),
    customEndpoint: z.string().trim(),
    domainName: z.string().trim().min(1, inActiveLanguage('settings.signIn.errors.domainName')),
    userName: z.string().trim().min(1, inActiveLanguage('settings.signIn.errors.userName')),
    password: z.string().min(1, inActiveLanguage('settings.signIn.errors.password')),
    useProxy: z.boolean(),
    /** The user has login protection with a virtual MFA device: IAM also wants the user's ID and the current code. */
    mfa: z.boolean(),
    mfaUserId: z.string().trim(),
    mfaCode: z.string().trim(),
  })
  .superRefine((values, ctx) => {
    if (values.mfa && !IAM_USER_ID.test(values.mfaUserId)) {
      ctx.addIssue({ code: 'custom', path: ['mfaUserId'], message: translate('settings.signIn.errors.mfaUserId') });
    }
    if (values.mfa && !/^\d{6}$/.test(values.mfaCode)) {
      ctx.addIssue({ code: 'custom', path: ['mfaCode'], message: translate('settings.signIn.errors.mfaCode') });
    }
    if (values.endpointKind === 'custom' && !isHttpUrl(values.customEndpoint)) {
      ctx.addIssue({ code: 'custom', path: ['customEndpoint'], message: translate('settings.signIn.errors.customEndpoint') });
    }
  });

export type IamSignInValues = z.infer<typeof iamSignInSchema>;

/** The second factor IAM's totp method takes, when the user has virtual-MFA login protection. */
export function mfaOf(values: IamSignInValues): { userId: string; passcode: string } | undefined {
  return values.mfa ? { userId: values.mfaUserId, passcode: values.mfaCode } : undefined;
}

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
