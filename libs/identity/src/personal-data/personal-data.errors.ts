/**
 * The child's data key has been destroyed (crypto-shredding): the personal data in the child's
 * events can never be read again. Expected after erasure; show it, do not retry.
 */
export class PersonalDataErasedError extends Error {
  override readonly name = 'PersonalDataErasedError';
  readonly code = 'personal-data-erased';
  readonly userMessage = 'Personopplysningene om dette barnet er slettet og kan ikke vises.';

  constructor(readonly childId: string) {
    super(`The data key of child ${childId} has been destroyed; its personal data is erased`);
  }
}

/**
 * Authenticated decryption failed: the value was altered, belongs to another child, or was
 * encrypted with another key. Never a reason to fall back to showing anything.
 */
export class PersonalDataDecryptionError extends Error {
  override readonly name = 'PersonalDataDecryptionError';
  readonly code = 'personal-data-decryption-failed';
  readonly userMessage = 'Personopplysningene kunne ikke leses. Kontakt systemansvarlig.';

  constructor(message: string) {
    super(message);
  }
}

/** Data for this child was asked for, but the child has no key: nothing was ever encrypted for it. */
export class ChildKeyNotFoundError extends Error {
  override readonly name = 'ChildKeyNotFoundError';
  readonly code = 'child-key-not-found';
  readonly userMessage = 'Personopplysningene kunne ikke leses. Kontakt systemansvarlig.';

  constructor(readonly childId: string) {
    super(`Child ${childId} has no data key`);
  }
}

/** A data key was wrapped with a master key version that the configuration no longer holds. */
export class UnknownMasterKeyVersionError extends Error {
  override readonly name = 'UnknownMasterKeyVersionError';

  constructor(readonly version: number) {
    super(`Master key version ${version} is not configured; keep old versions until every key is rewrapped`);
  }
}

/** The key configuration is unusable. Lists every problem; never contains key material. */
export class InvalidKeyConfigurationError extends Error {
  override readonly name = 'InvalidKeyConfigurationError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid personal-data key configuration: ${problems.join('; ')}`);
  }
}
