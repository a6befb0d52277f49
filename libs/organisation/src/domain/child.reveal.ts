import type { EncryptedField } from '@stafett/identity';
import type { ChildRegistered } from './child.events';

/** A registration in clear text, for a viewer the policy has allowed. Never log it. */
export interface RevealedChildRegistration {
  readonly childId: string;
  readonly subject:
    | { readonly kind: 'born'; readonly nationalId: string; readonly birthDate: string; readonly name?: string }
    | { readonly kind: 'unborn'; readonly motherNationalId: string; readonly expectedDate: string };
  readonly homeMunicipality: string;
  readonly guardians: ReadonlyArray<{ nationalId: string; name: string; holdsParentalResponsibility: boolean }>;
}

/**
 * Decrypts a registration with the child's cipher (ChildCipher.decrypt). Throws what the cipher
 * throws: PersonalDataErasedError after erasure, PersonalDataDecryptionError on tampering.
 * Deciding whether the viewer may see it, and recording the access, are the caller's duties.
 */
export function revealChildRegistration(
  data: ChildRegistered['data'],
  decrypt: (field: EncryptedField) => string,
): RevealedChildRegistration {
  const { subject } = data;
  return {
    childId: data.childId,
    subject:
      subject.kind === 'born'
        ? {
            kind: 'born',
            nationalId: decrypt(subject.nationalId),
            birthDate: decrypt(subject.birthDate),
            ...(subject.name === undefined ? {} : { name: decrypt(subject.name) }),
          }
        : { kind: 'unborn', motherNationalId: decrypt(subject.motherNationalId), expectedDate: decrypt(subject.expectedDate) },
    homeMunicipality: data.homeMunicipality,
    guardians: data.guardians.map((guardian) => ({
      nationalId: decrypt(guardian.nationalId),
      name: decrypt(guardian.name),
      holdsParentalResponsibility: guardian.holdsParentalResponsibility,
    })),
  };
}
