import { DomainError } from '@stafett/kernel';

export class ChildAlreadyRegisteredError extends DomainError {
  override readonly name = 'ChildAlreadyRegisteredError';
  readonly code = 'child-already-registered';

  constructor(readonly childId: string) {
    super(`Child ${childId} is already registered`, 'Barnet er allerede registrert.');
  }
}
