import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '@/api/contract/types';

/**
 * MSW's `http`, typed by the contract: paths, params, query and bodies come from cts.openapi.yaml.
 * The `*` origin lets one set of handlers serve the page's origin (browser), any origin (tests)
 * and the standalone server's.
 */
export const http = createOpenApiHttp<paths>({ baseUrl: '*' });
