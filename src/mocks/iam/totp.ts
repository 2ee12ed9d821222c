/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), what a virtual
 * MFA app shows. The mock's IAM checks the codes of its MFA user with it; tests compute the code
 * the app would show. Web Crypto, so the same code runs in the browser and in Node.
 */
const STEP_SECONDS = 30;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(secret: string): Uint8Array<ArrayBuffer> {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) {
      throw new Error(`not a base32 character: ${char}`);
    }
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** The code for a secret (raw bytes) at a time (UTC milliseconds), `digits` long. */
export async function totpCode(secret: Uint8Array<ArrayBuffer>, at: number, digits = 6): Promise<string> {
  const counter = Math.floor(at / 1000 / STEP_SECONDS);
  // The counter, 8 bytes big-endian; a Uint8Array, which Web Crypto accepts in every test environment.
  const message = new Uint8Array(8);
  for (let index = 7, rest = counter; index >= 0; index -= 1, rest = Math.floor(rest / 256)) {
    message[index] = rest % 256;
  }
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = (((mac[offset] ?? 0) & 0x7f) << 24) | ((mac[offset + 1] ?? 0) << 16) | ((mac[offset + 2] ?? 0) << 8) | (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** A code is accepted for its own step and one step either side (a phone's clock drifts). */
export async function verifyTotp(secret: Uint8Array<ArrayBuffer>, passcode: string, at: number): Promise<boolean> {
  const steps = [0, -1, 1].map((step) => totpCode(secret, at + step * STEP_SECONDS * 1000));
  return (await Promise.all(steps)).includes(passcode);
}
