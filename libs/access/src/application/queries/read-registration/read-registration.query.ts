import { Query } from '@nestjs/cqrs';
import type { RevealedChildRegistration } from '@stafett/organisation';
import type { AccessRequest } from '../../../infrastructure/child-access-log';

/** A child's registration in clear, for a stated purpose (checked by the handler). */
export class ReadRegistrationQuery extends Query<RevealedChildRegistration> {
  constructor(
    readonly childId: string,
    readonly purpose: unknown,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
