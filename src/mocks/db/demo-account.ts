/**
 * The demo account the embedded mock serves. Apart from the rest of the mock (which only Mock mode
 * downloads), so that the app can address its first requests to it before the mock has started.
 */
export const DEMO_DOMAIN_NAME = 'acme-retail';
export const DEMO_DOMAIN_ID = '4a1c7e02b98d4f6e9b3d5a7c0e2f4816';
export const DEMO_PROJECT_ID = '0c3e5a7b9d1f43a8b6c4e2d0f8a6b4c2';
export const DEMO_REGION = 'ap-southeast-1';

export const DEMO_ACCOUNT = { projectId: DEMO_PROJECT_ID, domainId: DEMO_DOMAIN_ID, region: DEMO_REGION } as const;
