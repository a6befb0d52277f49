import type { Role } from './role';

/**
 * The authenticated caller of one request. Deliberately without the token's claims: the external
 * subject may be a national id (ID-porten's `pid`), and the principal travels into handlers and logs.
 */
export interface Principal {
  /** Our own practitioner id, as the directory knows it. */
  readonly practitionerId: string;
  readonly unitId: string;
  readonly serviceType: string;
  readonly roles: readonly Role[];
  /** When the token stops being accepted; a handler doing long work may want to know. */
  readonly tokenExpiresAt: Date;
}
