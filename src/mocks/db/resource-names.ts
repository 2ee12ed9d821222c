import type { Random } from '@/mocks/db/random';
import { intBetween, pick } from '@/mocks/db/random';

// Plausible resource names per resource type, so that a filter by name reads like a real account.
const WORDS: Record<string, readonly string[]> = {
  ecs: ['web', 'api', 'db', 'cache', 'batch', 'bastion', 'k8s-node', 'gateway', 'jenkins'],
  server: ['spot-worker', 'spot-render', 'spot-ci'],
  ims: ['centos-7.9', 'ubuntu-22.04', 'win2019', 'golden', 'base', 'euleros-2.9'],
  evs: ['data-disk', 'sys-disk', 'log-volume'],
  backupPolicy: ['daily', 'weekly', 'prod-db', 'compliance'],
  checkpointItem: ['ecs-prod-web', 'ecs-prod-db', 'ecs-jenkins'],
  notification: ['critical-ops-alerts', 'security-watch', 'iam-changes', 'db-deletions'],
  pe: ['cpu-high', 'disk-usage', 'api-latency'],
};
const PREFIXES: Record<string, string> = {
  ecs: 'ecs',
  server: 'ecs',
  ims: 'img',
  evs: 'vol',
  backupPolicy: 'policy',
  checkpointItem: 'backup',
  notification: 'notify',
  pe: 'pg',
};
const GENERIC_WORDS = ['orders', 'payments', 'analytics', 'staging', 'prod', 'ml', 'reports', 'search', 'recsys'];
const OBJECT_FOLDERS = ['reports/2024/', 'uploads/', 'exports/', 'logs/app/', 'images/', 'backups/'];
const OBJECT_FILES = ['q3-sales.csv', 'invoice_0042.pdf', 'avatar.png', 'dump.sql.gz', 'model.onnx', 'index.html'];

function kebab(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The `number`-th resource name of a resource type (numbered, so names in a pool differ). */
export function resourceName(random: Random, resourceType: string, number: number): string {
  const suffix = String(number).padStart(2, '0');
  if (resourceType === 'eip') {
    // The reference's example names an EIP by its address (L1799).
    return `119.8.${intBetween(random, 0, 255)}.${number}`;
  }
  const words = WORDS[resourceType] ?? GENERIC_WORDS;
  const prefix = PREFIXES[resourceType] ?? kebab(resourceType).slice(0, 16);
  return `${prefix}-${pick(random, words)}-${suffix}`;
}

/** An object key in a tracked bucket. */
export function objectKey(random: Random, number: number): string {
  const file = pick(random, OBJECT_FILES);
  return `${pick(random, OBJECT_FOLDERS)}${number}-${file}`;
}
