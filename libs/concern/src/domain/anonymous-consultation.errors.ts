import { DomainError } from '@stafett/kernel';

export class ConsultationAlreadyRecordedError extends DomainError {
  override readonly name = 'ConsultationAlreadyRecordedError';
  readonly code = 'consultation-already-recorded';
  constructor(readonly consultationId: string) {
    super(`Consultation ${consultationId} is recorded already`, 'Drøftingen er allerede registrert.');
  }
}
