import type { EncryptedField, LookupHash } from '@stafett/identity';
import type { DomainEvent } from '@stafett/kernel';

/** Child ids are UUIDs (the events table's `child_id` column is one). */
export const CHILD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const childStreamId = (childId: string): string => `child-${childId.toLowerCase()}`;

/**
 * Every personal value is encrypted with the child's own key (so erasing the key erases them all);
 * national ids are also present as keyed hashes, the only form in which they can be searched.
 * Nothing here is clear text except the child id, the home municipality and the guardians'
 * parental responsibility. Whether the number is a D-number is left out on purpose: it hints at
 * immigration status and can be read from the decrypted number.
 */
export interface EncryptedGuardian {
  readonly nationalId: EncryptedField;
  readonly nationalIdLookup: LookupHash;
  readonly name: EncryptedField;
  readonly holdsParentalResponsibility: boolean;
}

export type EncryptedChildSubject =
  | {
      readonly kind: 'born';
      readonly nationalId: EncryptedField;
      readonly nationalIdLookup: LookupHash;
      readonly birthDate: EncryptedField;
      readonly name?: EncryptedField;
    }
  | {
      readonly kind: 'unborn';
      readonly motherNationalId: EncryptedField;
      readonly motherNationalIdLookup: LookupHash;
      readonly expectedDate: EncryptedField;
    };

export type ChildRegistered = DomainEvent<
  'ChildRegistered',
  {
    childId: string;
    subject: EncryptedChildSubject;
    homeMunicipality: string;
    guardians: EncryptedGuardian[];
  }
>;

export type ChildEvent = ChildRegistered;
