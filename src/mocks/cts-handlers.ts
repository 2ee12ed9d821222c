import type { TraceOperation } from '@/api/contract/types';
import type { SdkKeys } from '@/api/signing/sdk-hmac-sha256';
import type { MockDb } from '@/mocks/db/mock-db';
import { gatewayHandler, unknownApiHandler } from '@/mocks/handlers/gateway';
import { iamHandlers } from '@/mocks/handlers/iam';
import { type MockControlOptions, mockControlHandlers } from '@/mocks/handlers/mock-control';
import { notificationHandlers } from '@/mocks/handlers/notifications';
import { obsHandlers } from '@/mocks/handlers/obs';
import { obsObjectHandlers } from '@/mocks/handlers/obs-objects';
import { tagHandlers } from '@/mocks/handlers/tags';
import { traceHandlers } from '@/mocks/handlers/traces';
import { trackerHandlers } from '@/mocks/handlers/trackers';

export interface CtsHandlerOptions extends MockControlOptions {
  /** AK/SK pair whose SDK-HMAC-SHA256 signatures the gateway verifies; without it any signature passes. */
  signingKeys?: SdkKeys | null;
  /** Operations the account has beyond the bundled catalog, listed by `/operations`. */
  extraOperations?: readonly TraceOperation[];
}

/**
 * The one set of handlers of the mock CTS, used by all three runtimes (browser worker, msw/node in
 * tests, the standalone HTTP server). Order matters: IAM's sign-in comes before the gateway (it is
 * how a client gets a token), then the gateway refuses, the catch-all last. With signing keys the
 * gateway verifies AK/SK signatures (the standalone server's --ak/--sk).
 */
export function createCtsHandlers(db: MockDb, { signingKeys = null, extraOperations = [], ...control }: CtsHandlerOptions = {}) {
  return [
    ...iamHandlers(),
    gatewayHandler(db, signingKeys),
    ...traceHandlers(db, extraOperations),
    ...trackerHandlers(db),
    ...tagHandlers(db),
    ...obsHandlers(db),
    ...notificationHandlers(db),
    unknownApiHandler(),
    ...obsObjectHandlers(db),
    ...mockControlHandlers(db, control),
  ];
}
