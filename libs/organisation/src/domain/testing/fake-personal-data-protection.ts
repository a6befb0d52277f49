import { createHash } from 'node:crypto';
import type { EncryptedField, LookupHash } from '@stafett/identity';
import type { PersonalDataProtection } from '../child.decide';

/**
 * Deterministic stand-in for the real cipher, so that decider specs can compare whole events.
 * One-way (a hash), so it cannot leak clear text into a test's expectations either.
 */
export function fakeProtection(): PersonalDataProtection {
  const digest = (label: string, text: string): string => createHash('sha256').update(`${label}:${text}`).digest('base64');
  return {
    encrypt: (plaintext): EncryptedField => ({ v: 1, iv: 'ZmFrZS1pdi0xMg==', ct: digest('ct', plaintext), tag: 'ZmFrZS10YWctMTYtYnl0ZQ==' }),
    lookupHash: (nationalId): LookupHash => createHash('sha256').update(`lookup:${nationalId}`).digest('hex') as LookupHash,
  };
}
