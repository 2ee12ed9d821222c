import type { Connection } from '@/api/connection';
import type { Insights } from '@/features/insights/scan/scan-analysis';
import type { ScanCriteria } from '@/features/insights/scan/scan-engine';

/** A relative window ends now (and moves with each refresh); an absolute one is fixed. */
export type ScanWindow = { lastMs: number } | { from: number; to: number };

export interface ScanRequest {
  type: 'scan';
  id: number;
  connection: Connection;
  criteria: ScanCriteria;
  window: ScanWindow;
  bound: number;
  /** Read again from scratch instead of only the newer traces. */
  restart: boolean;
  paceMs: number;
}

export type ScanCommand = ScanRequest | { type: 'cancel'; id: number };

export type ScanEvent =
  | { type: 'progress'; id: number; read: number; bound: number; oldest: number | null }
  | { type: 'result'; id: number; insights: Insights }
  | { type: 'error'; id: number; message: string; cancelled: boolean };

/** The cache key of a filter set: criteria, window kind and bound. */
export function scanKey(request: Pick<ScanRequest, 'criteria' | 'window' | 'bound'>): string {
  const criteria = Object.entries(request.criteria)
    .filter(([, value]) => value !== undefined && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([criteria, request.window, request.bound]);
}
