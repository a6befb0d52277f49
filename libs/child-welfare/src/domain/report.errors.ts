import { DomainError } from '@stafett/kernel';

// One class per refused transition, so the API can map codes and tests can name the refusal.
// Messages carry ids and states only, never content or names.

export class ReportAlreadyReceivedError extends DomainError {
  override readonly name = 'ReportAlreadyReceivedError';
  readonly code = 'report-already-received';
  constructor(readonly reportId: string) {
    super(`Report ${reportId} is already received`, 'Meldingen er allerede mottatt.');
  }
}

export class ReportNotFoundError extends DomainError {
  override readonly name = 'ReportNotFoundError';
  readonly code = 'report-not-found';
  constructor(readonly reportId: string) {
    super(`Report ${reportId} has not been received`, 'Fant ikke meldingen.');
  }
}

export class ReviewAlreadyDecidedError extends DomainError {
  override readonly name = 'ReviewAlreadyDecidedError';
  readonly code = 'review-already-decided';
  constructor(readonly reportId: string) {
    super(`The review of report ${reportId} is already decided`, 'Det er allerede tatt stilling til meldingen.');
  }
}

export class ReviewNotDecidedError extends DomainError {
  override readonly name = 'ReviewNotDecidedError';
  readonly code = 'review-not-decided';
  constructor(readonly reportId: string) {
    super(
      `Report ${reportId} has not been reviewed yet`,
      'Melderen kan ikke få vite om det er åpnet undersøkelse før meldingen er gjennomgått.',
    );
  }
}

export class NotInvestigatingError extends DomainError {
  override readonly name = 'NotInvestigatingError';
  readonly code = 'not-investigating';
  constructor(
    readonly reportId: string,
    readonly attempted: 'extend' | 'conclude',
  ) {
    super(
      `Cannot ${attempted} the investigation of report ${reportId}: no investigation is running`,
      attempted === 'extend'
        ? 'Fristen kan bare forlenges mens en undersøkelse pågår.'
        : 'En undersøkelse kan ikke avsluttes før det er besluttet å undersøke.',
    );
  }
}

export class InvestigationAlreadyExtendedError extends DomainError {
  override readonly name = 'InvestigationAlreadyExtendedError';
  readonly code = 'investigation-already-extended';
  constructor(readonly reportId: string) {
    super(`The investigation of report ${reportId} is already extended`, 'Undersøkelsesfristen er allerede forlenget, og kan bare forlenges én gang.');
  }
}

export class InvestigationNotConcludedError extends DomainError {
  override readonly name = 'InvestigationNotConcludedError';
  readonly code = 'investigation-not-concluded';
  constructor(readonly reportId: string) {
    super(`The investigation of report ${reportId} is not concluded`, 'Melderen kan ikke få tilbakemelding om utfallet før undersøkelsen er avsluttet.');
  }
}

export class ReceiptAlreadyHandledError extends DomainError {
  override readonly name = 'ReceiptAlreadyHandledError';
  readonly code = 'receipt-already-handled';
  constructor(
    readonly reportId: string,
    readonly handledAs: 'confirmed' | 'exempted',
  ) {
    super(
      `Receipt of report ${reportId} is already ${handledAs}`,
      handledAs === 'confirmed' ? 'Melderen har allerede fått bekreftelse på at meldingen er mottatt.' : 'Det er allerede registrert unntak fra bekreftelse til melderen.',
    );
  }
}

export class PublicReporterOnlyError extends DomainError {
  override readonly name = 'PublicReporterOnlyError';
  readonly code = 'public-reporter-only';
  constructor(
    readonly reportId: string,
    readonly feedback: 'investigation-opened-notice' | 'outcome-feedback',
  ) {
    super(
      `Report ${reportId} has a reporter without a duty to report, who may not receive ${feedback}`,
      feedback === 'investigation-opened-notice'
        ? 'Bare meldere med opplysningsplikt skal få vite om det er åpnet undersøkelse.'
        : 'Bare meldere med opplysningsplikt skal få tilbakemelding om utfallet av undersøkelsen.',
    );
  }
}

export class FeedbackAlreadySentError extends DomainError {
  override readonly name = 'FeedbackAlreadySentError';
  readonly code = 'feedback-already-sent';
  constructor(
    readonly reportId: string,
    readonly feedback: 'investigation-opened-notice' | 'outcome-feedback',
  ) {
    super(`The ${feedback} for report ${reportId} is already sent`, 'Denne tilbakemeldingen er allerede sendt til melderen.');
  }
}
