/** A CTS digest file (CTS user guide, "Digest File Structure"). */
export interface DigestLogFile {
  bucket: string;
  object: string;
  log_hash_value: string;
  log_hash_algorithm: 'MD5';
}

export interface DigestFile {
  project_id: string;
  /** `fileTime` texts (`2017-03-28T01-09-17Z`). */
  digest_start_time: string;
  digest_end_time: string;
  digest_bucket: string;
  digest_object: string;
  digest_signature_algorithm: 'SHA256withRSA';
  digest_end: boolean;
  /** Empty in the chain's starting digest ("Starting Digest File"). */
  previous_digest_bucket: string;
  previous_digest_object: string;
  previous_digest_hash_value: string;
  previous_digest_hash_algorithm: string;
  previous_digest_signature: string;
  previous_digest_end: boolean;
  log_files: DigestLogFile[];
}

/** The object metadata that carries a digest's signature (`x-obs-meta-signature` over HTTP). */
export const SIGNATURE_HEADER = 'x-obs-meta-signature';
export const SIGNATURE_ALGORITHM_HEADER = 'x-obs-meta-signature-algorithm';
export const SIGNATURE_ALGORITHM = 'SHA256withRSA';
/** Web Crypto's name for SHA256withRSA. */
export const RSA_SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * The message a digest's signature is computed over: its end time, its path in the bucket, the
 * MD5 of its object's bytes and the previous digest's signature (empty for the starting digest),
 * one per line. The guide lists these four fields; it does not print their joining, so the console
 * and its mock use CloudTrail's (newline-separated) and say so here.
 */
export function signatureMessage(digest: Pick<DigestFile, 'digest_end_time' | 'digest_bucket' | 'digest_object' | 'previous_digest_signature'>, objectMd5: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    [digest.digest_end_time, `${digest.digest_bucket}/${digest.digest_object}`, objectMd5, digest.previous_digest_signature].join('\n'),
  );
}

/** DER bytes of a PEM public key (`-----BEGIN PUBLIC KEY-----`, SPKI). */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  const body = pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  const binary = atob(body);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

export function importPublicKey(pem: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', pemToDer(pem), RSA_SIGNING, false, ['verify']);
}

/** Whether a value read from a file has the shape of a digest (fields the verifier relies on). */
export function isDigestFile(value: unknown): value is DigestFile {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const digest = value as Record<string, unknown>;
  return (
    typeof digest.digest_start_time === 'string' &&
    typeof digest.digest_end_time === 'string' &&
    typeof digest.digest_object === 'string' &&
    typeof digest.previous_digest_object === 'string' &&
    typeof digest.previous_digest_hash_value === 'string' &&
    typeof digest.previous_digest_signature === 'string' &&
    Array.isArray(digest.log_files) &&
    digest.log_files.every((file: unknown) => typeof file === 'object' && file !== null && typeof (file as DigestLogFile).object === 'string' && typeof (file as DigestLogFile).log_hash_value === 'string')
  );
}
