import { DATA_TRACE_SOURCES, MANAGEMENT_TRACE_SOURCES } from '@/api/contract/enums';
import type { TraceSource } from '@/api/contract/types';
import type { PlantedSlot } from '@/mocks/db/planted-stories';
import type { World } from '@/mocks/db/trace-world';

/** Trace sources (a trace's `trace_type`, L1641) by their code in the index: management ones first, then data. */
export const TRACE_SOURCES: readonly TraceSource[] = [...MANAGEMENT_TRACE_SOURCES, ...DATA_TRACE_SOURCES];

/**
 * The generated traces as parallel typed arrays, one position per trace, sorted newest first by
 * (time, trace_id) descending (spec-notes choice 14). Strings live once in the world's tables;
 * positions hold small integer codes, so a query scans numbers and only the returned page is
 * materialised into `Trace` objects.
 */
export interface TraceIndex {
  seed: number;
  /** Number of management traces. */
  volume: number;
  now: number;
  world: World;
  /** Access key IDs by code (−1 in `accessKey` = none). */
  accessKeys: readonly string[];
  /** Planted story traces by ordinal (ordinals 0 … planted.length − 1). */
  planted: readonly PlantedSlot[];
  /** Management plus data traces. */
  size: number;
  time: Float64Array;
  recordTime: Float64Array;
  /** Generation ordinal: the trace ID and the trace's content derive from (seed, ordinal). */
  ordinal: Int32Array;
  /** Position of each ordinal in the sorted arrays. */
  positionOfOrdinal: Int32Array;
  /** 0 = `system` (management), i = world.trackers[i] (data). */
  tracker: Uint8Array;
  /**
   * The codes below (and `latestByIdentity`) are drawn lazily, newest first: positions below
   * `coded` have them. Drawing all 100,000 up front was most of the mock's start, and the first
   * screen needs the last hour's only. Readers call `codeUpTo(end)` before reading position end − 1.
   */
  coded: number;
  codeUpTo: (end: number) => void;
  op: Uint16Array;
  resource: Int32Array;
  identity: Uint8Array;
  /** Index into TRACE_RATINGS. */
  rating: Uint8Array;
  /** Index into TRACE_SOURCES. */
  traceType: Uint8Array;
  status: Uint16Array;
  accessKey: Int16Array;
  /** Index into DEMO_ENTERPRISE_PROJECTS. */
  ep: Uint8Array;
  /** Newest trace time per identity code among the coded positions (−Infinity when none). */
  latestByIdentity: Float64Array;
}
