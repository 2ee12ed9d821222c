import { hashOf, hex32 } from '@/mocks/db/random';

// Trace IDs look like the reference's examples, version-1 UUIDs (L1647, L1778): the first group
// is an invertible scramble of the trace's ordinal, so IDs are unique by construction and an ID
// leads back to its trace without a lookup table.
const MULTIPLIER = 0x2545f491;
const INVERSE = modularInverse(MULTIPLIER);
const ID_SALT = 71;
const NODE_SALT = 72;
const NODE_COUNT = 6;
const TRACE_ID_PATTERN = /^([0-9a-f]{8})-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function modularInverse(odd: number): number {
  let inverse = odd;
  for (let i = 0; i < 5; i += 1) {
    inverse = Math.imul(inverse, 2 - Math.imul(odd, inverse));
  }
  return inverse >>> 0;
}

function scramble(seed: number, ordinal: number): number {
  return (Math.imul(ordinal, MULTIPLIER) + hashOf(seed, 0, ID_SALT)) >>> 0;
}

/** The trace ID of the generated trace with this ordinal. */
export function traceIdOf(seed: number, ordinal: number): string {
  const h1 = hashOf(seed, ordinal, ID_SALT);
  const h2 = hashOf(seed, ordinal, ID_SALT + 1);
  const variant = '89ab'[h2 & 3] ?? '8';
  const nodeIndex = (h2 >>> 20) % NODE_COUNT;
  const node = hex32(hashOf(seed, nodeIndex, NODE_SALT)) + hex32(hashOf(seed, nodeIndex, NODE_SALT + 1), 4);
  return `${hex32(scramble(seed, ordinal))}-${hex32(h1, 4)}-1${hex32(h1 >>> 16, 3)}-${variant}${hex32(h2 >>> 2, 3)}-${node}`;
}

/** The ordinal a generated trace ID stands for, or -1 when it is not one of `count` generated IDs. */
export function ordinalOfTraceId(seed: number, traceId: string, count: number): number {
  const match = TRACE_ID_PATTERN.exec(traceId);
  if (!match?.[1]) {
    return -1;
  }
  const scrambled = Number.parseInt(match[1], 16);
  const ordinal = Math.imul((scrambled - hashOf(seed, 0, ID_SALT)) >>> 0, INVERSE) >>> 0;
  if (ordinal >= count || traceIdOf(seed, ordinal) !== traceId) {
    return -1;
  }
  return ordinal;
}
