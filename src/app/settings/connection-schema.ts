import { z } from '@/api/zod';
import type { Connection } from '@/api/connection';
import { translate } from '@/i18n/i18n';
import type { MessageId } from '@/i18n/message-id';

/** An http:// or https:// URL with a host: what an endpoint can be. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
}

/** Huawei Cloud region IDs: `ap-southeast-1`, `cn-north-4`, `la-south-2`, `eu-west-101`. */
const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/**
 * The connection form. In Mock mode only the mode matters; the Live fields are kept as typed, so
 * switching back and forth does not lose them, but they are checked only for Live.
 */
export const connectionFormSchema = z
  .object({
    mode: z.enum(['mock', 'live']),
    endpoint: z.string().trim(),
    region: z.string().trim(),
    projectId: z.string().trim(),
    domainId: z.string().trim(),
    token: z.string().trim(),
    useProxy: z.boolean(),
    credentials: z.enum(['token', 'server']),
  })
  .superRefine((values, ctx) => {
    if (values.mode !== 'live') {
      return;
    }
    // Messages in the language active when the form is checked.
    const require = (path: 'endpoint' | 'region' | 'projectId' | 'domainId', message: MessageId) => {
      if (!values[path]) {
        ctx.addIssue({ code: 'custom', path: [path], message: translate(message) });
      }
    };
    require('endpoint', 'settings.connection.errors.endpointRequired');
    if (values.endpoint && !isHttpUrl(values.endpoint)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endpoint'],
        message: translate('settings.connection.errors.endpointInvalid'),
      });
    }
    require('region', 'settings.connection.errors.regionRequired');
    if (values.region && !REGION_PATTERN.test(values.region)) {
      ctx.addIssue({ code: 'custom', path: ['region'], message: translate('settings.connection.errors.regionInvalid') });
    }
    require('projectId', 'settings.connection.errors.projectIdRequired');
    require('domainId', 'settings.connection.errors.domainIdRequired');
  });

export type ConnectionFormValues = z.infer<typeof connectionFormSchema>;

export function toFormValues(connection: Connection): ConnectionFormValues {
  const { mode, endpoint, region, projectId, domainId, token, useProxy, credentials } = connection;
  return { mode, endpoint, region, projectId, domainId, token, useProxy, credentials };
}

/**
 * A trailing slash would give `//v3/...` paths. Credentials held by the server need its proxy and
 * no token in this browser. What the console learnt at an IAM sign-in (expiry, IAM endpoint, who)
 * stays while the token does; a token pasted in its place drops it.
 */
export function toConnection(values: ConnectionFormValues, current?: Connection): Connection {
  const endpoint = values.endpoint.replace(/\/+$/, '');
  const serverSigns = values.credentials === 'server';
  const sameSignIn = !serverSigns && current !== undefined && current.token !== '' && current.token === values.token;
  return {
    ...values,
    endpoint,
    ...(serverSigns ? { useProxy: true, token: '' } : {}),
    tokenExpiresAt: sameSignIn ? current.tokenExpiresAt : null,
    iamEndpoint: sameSignIn ? current.iamEndpoint : '',
    signedInAs: sameSignIn ? current.signedInAs : '',
  };
}
