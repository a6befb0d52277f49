import { DomainError } from '@stafett/kernel';

/**
 * The child's data key has been destroyed (crypto-shredding): the registration exists but its
 * personal data can never be shown again. Only raised after the access check, so it reveals nothing
 * to a caller who may not see the child.
 */
export class ChildPersonalDataErasedError extends DomainError {
  override readonly name = 'ChildPersonalDataErasedError';
  readonly code = 'child-personal-data-erased';

  constructor(readonly childId: string) {
    super(`The personal data of child ${childId} has been erased`, 'Personopplysningene om dette barnet er slettet og kan ikke vises.');
  }
}
