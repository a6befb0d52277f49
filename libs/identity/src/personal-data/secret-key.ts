import { randomBytes, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import { InvalidKeyConfigurationError } from './personal-data.errors';

export const KEY_LENGTH_BYTES = 32;

/**
 * 32 bytes of key material that refuse to be printed: `console.log`, `JSON.stringify` and string
 * templates all show `[redacted key]`, so a key cannot leak into logs or error reports by accident.
 */
export class SecretKey {
  readonly #bytes: Buffer;

  private constructor(bytes: Uint8Array) {
    this.#bytes = Buffer.from(bytes); // a copy: the caller's buffer may be reused or zeroed
  }

  static generate(): SecretKey {
    return new SecretKey(randomBytes(KEY_LENGTH_BYTES));
  }

  static fromBytes(bytes: Uint8Array, label = 'key'): SecretKey {
    if (bytes.length !== KEY_LENGTH_BYTES) {
      throw new InvalidKeyConfigurationError([`${label} must be ${KEY_LENGTH_BYTES} bytes, got ${bytes.length}`]);
    }
    return new SecretKey(bytes);
  }

  /** Standard or URL-safe base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`). */
  static fromBase64(encoded: string, label = 'key'): SecretKey {
    const text = typeof encoded === 'string' ? encoded.trim() : '';
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
      throw new InvalidKeyConfigurationError([`${label} must be base64 (${KEY_LENGTH_BYTES} bytes)`]);
    }
    return SecretKey.fromBytes(Buffer.from(text, 'base64'), label);
  }

  /**
   * 64 hex characters, or else base64 of 32 bytes (e.g. `openssl rand -hex 32`). A 64-character hex
   * string is always read as hex: as base64 it would be 48 bytes, which is never a valid key.
   */
  static fromHexOrBase64(encoded: string, label = 'key'): SecretKey {
    const text = typeof encoded === 'string' ? encoded.trim() : '';
    if (/^[0-9a-fA-F]{64}$/.test(text)) return new SecretKey(Buffer.from(text, 'hex'));
    return SecretKey.fromBase64(text, label);
  }

  /** The raw bytes, for the crypto functions of this library only. */
  unsafeBytes(): Buffer {
    return this.#bytes;
  }

  /** Constant-time comparison, so that comparing keys leaks nothing through timing. */
  equals(other: SecretKey): boolean {
    return timingSafeEqual(this.#bytes, other.unsafeBytes());
  }

  toString(): string {
    return '[redacted key]';
  }

  toJSON(): string {
    return '[redacted key]';
  }

  [inspect.custom](): string {
    return 'SecretKey [redacted]';
  }
}
