import type { MockDb } from '@/mocks/db/mock-db';
import { gatewayHandler, unknownApiHandler } from '@/mocks/handlers/gateway';
import { type MockControlOptions, mockControlHandlers } from '@/mocks/handlers/mock-control';
import { notificationHandlers } from '@/mocks/handlers/notifications';
import { obsHandlers } from '@/mocks/handlers/obs';
import { tagHandlers } from '@/mocks/handlers/tags';
import { traceHandlers } from '@/mocks/handlers/traces';
import { trackerHandlers } from '@/mocks/handlers/trackers';

/**
 * The one set of handlers of the mock CTS, used by all three runtimes (browser worker, msw/node in
 * tests, the standalone HTTP server). Order matters: the gateway refuses first, the catch-all last.
 */
export function createCtsHandlers(db: MockDb, control: MockControlOptions = {}) {
  return [
    gatewayHandler(db),
    ...traceHandlers(db),
    ...trackerHandlers(db),
    ...tagHandlers(db),
    ...obsHandlers(db),
    ...notificationHandlers(db),
    unknownApiHandler(),
    ...mockControlHandlers(db, control),
  ];
}
