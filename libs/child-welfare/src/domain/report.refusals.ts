import { refusalTable } from '@stafett/kernel';

type Feedback = 'investigation-opened-notice' | 'outcome-feedback';

// The refused transitions of a report. Messages carry ids and states only, never content or names.
// Statuses as the problem filter gave them by class name before the table: ReportNotFoundError 404,
// every other refused transition 409.
export const reportRefusals = refusalTable('child-welfare', {
  'report-already-received': {
    status: 409,
    message: (p: { reportId: string }) => `Report ${p.reportId} is already received`,
    userMessage: () => 'Meldingen er allerede mottatt.',
  },
  'report-not-found': {
    status: 404,
    message: (p: { reportId: string }) => `Report ${p.reportId} has not been received`,
    userMessage: () => 'Fant ikke meldingen.',
  },
  'review-already-decided': {
    status: 409,
    message: (p: { reportId: string }) => `The review of report ${p.reportId} is already decided`,
    userMessage: () => 'Det er allerede tatt stilling til meldingen.',
  },
  'review-not-decided': {
    status: 409,
    message: (p: { reportId: string }) => `Report ${p.reportId} has not been reviewed yet`,
    userMessage: () => 'Melderen kan ikke få vite om det er åpnet undersøkelse før meldingen er gjennomgått.',
  },
  'not-investigating': {
    status: 409,
    message: (p: { reportId: string; attempted: 'extend' | 'conclude' }) => `Cannot ${p.attempted} the investigation of report ${p.reportId}: no investigation is running`,
    userMessage: (p: { reportId: string; attempted: 'extend' | 'conclude' }) =>
      p.attempted === 'extend' ? 'Fristen kan bare forlenges mens en undersøkelse pågår.' : 'En undersøkelse kan ikke avsluttes før det er besluttet å undersøke.',
  },
  'investigation-already-extended': {
    status: 409,
    message: (p: { reportId: string }) => `The investigation of report ${p.reportId} is already extended`,
    userMessage: () => 'Undersøkelsesfristen er allerede forlenget, og kan bare forlenges én gang.',
  },
  'investigation-not-concluded': {
    status: 409,
    message: (p: { reportId: string }) => `The investigation of report ${p.reportId} is not concluded`,
    userMessage: () => 'Melderen kan ikke få tilbakemelding om utfallet før undersøkelsen er avsluttet.',
  },
  'receipt-already-handled': {
    status: 409,
    message: (p: { reportId: string; handledAs: 'confirmed' | 'exempted' }) => `Receipt of report ${p.reportId} is already ${p.handledAs}`,
    userMessage: (p: { reportId: string; handledAs: 'confirmed' | 'exempted' }) =>
      p.handledAs === 'confirmed' ? 'Melderen har allerede fått bekreftelse på at meldingen er mottatt.' : 'Det er allerede registrert unntak fra bekreftelse til melderen.',
  },
  'public-reporter-only': {
    status: 409,
    message: (p: { reportId: string; feedback: Feedback }) => `Report ${p.reportId} has a reporter without a duty to report, who may not receive ${p.feedback}`,
    userMessage: (p: { reportId: string; feedback: Feedback }) =>
      p.feedback === 'investigation-opened-notice'
        ? 'Bare meldere med opplysningsplikt skal få vite om det er åpnet undersøkelse.'
        : 'Bare meldere med opplysningsplikt skal få tilbakemelding om utfallet av undersøkelsen.',
  },
  'feedback-already-sent': {
    status: 409,
    message: (p: { reportId: string; feedback: Feedback }) => `The ${p.feedback} for report ${p.reportId} is already sent`,
    userMessage: () => 'Denne tilbakemeldingen er allerede sendt til melderen.',
  },
});

const byReport = (reportId: string) => ({ reportId });

export const ReportAlreadyReceivedError = reportRefusals.kind('report-already-received', byReport, 'ReportAlreadyReceivedError');
export const ReportNotFoundError = reportRefusals.kind('report-not-found', byReport, 'ReportNotFoundError');
export const ReviewAlreadyDecidedError = reportRefusals.kind('review-already-decided', byReport, 'ReviewAlreadyDecidedError');
export const ReviewNotDecidedError = reportRefusals.kind('review-not-decided', byReport, 'ReviewNotDecidedError');
export const NotInvestigatingError = reportRefusals.kind('not-investigating', (reportId: string, attempted: 'extend' | 'conclude') => ({ reportId, attempted }), 'NotInvestigatingError');
export const InvestigationAlreadyExtendedError = reportRefusals.kind('investigation-already-extended', byReport, 'InvestigationAlreadyExtendedError');
export const InvestigationNotConcludedError = reportRefusals.kind('investigation-not-concluded', byReport, 'InvestigationNotConcludedError');
export const ReceiptAlreadyHandledError = reportRefusals.kind(
  'receipt-already-handled',
  (reportId: string, handledAs: 'confirmed' | 'exempted') => ({ reportId, handledAs }),
  'ReceiptAlreadyHandledError',
);
export const PublicReporterOnlyError = reportRefusals.kind('public-reporter-only', (reportId: string, feedback: Feedback) => ({ reportId, feedback }), 'PublicReporterOnlyError');
export const FeedbackAlreadySentError = reportRefusals.kind('feedback-already-sent', (reportId: string, feedback: Feedback) => ({ reportId, feedback }), 'FeedbackAlreadySentError');
