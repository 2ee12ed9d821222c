import { SEEDED_KMS_KEYS } from '@/mocks/db/seed-world';

/**
 * Whether KMS would verify `kmsId` (CTS.0222, L3611): an enabled key of the simulated account.
 * A disabled key fails verification as a missing one does.
 */
export function isUsableKmsKey(kmsId: string): boolean {
  const wanted = kmsId.toLowerCase();
  return SEEDED_KMS_KEYS.some((key) => key.enabled && key.key_id.toLowerCase() === wanted);
}
