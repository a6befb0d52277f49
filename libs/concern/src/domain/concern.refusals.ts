import { refusalTable } from '@stafett/kernel';

// The concern context's refusals of a case's transitions (authority and consent: concern-authority.refusals.ts).
// Messages name ids, levels and codes only; the case's free texts are personal data and stay out.

export type LevelRestrictedAction = 'stafettlogg' | 'log-entry' | 'measure' | 'join-service';

const LEVEL_RESTRICTIONS: Record<LevelRestrictedAction, { minimum: number; userMessage: (levelLabel: string) => string }> = {
  stafettlogg: { minimum: 1, userMessage: (l) => `Stafettloggen kan ikke åpnes på ${l}. Den åpnes fra nivå 1.` },
  'log-entry': { minimum: 1, userMessage: (l) => `Mål, møter og avtaler føres i stafettloggen, som ikke finnes på ${l}.` },
  measure: { minimum: 1, userMessage: (l) => `Tiltak kan ikke registreres på ${l}. Tiltak hører til nivå 1 og høyere.` },
  'join-service': {
    minimum: 2,
    userMessage: (l) => `Andre tjenester kan ikke delta på ${l}. Løft saken til nivå 2 eller 3 først.`,
  },
};

/** The lowest level at which the action is allowed. */
export function minimumLevelFor(action: LevelRestrictedAction): number {
  return LEVEL_RESTRICTIONS[action].minimum;
}

export type CaseEntryKind = 'measure' | 'meeting' | 'agreement';

const ENTRY_NAMES: Record<CaseEntryKind, string> = { measure: 'Tiltaket', meeting: 'Møtet', agreement: 'Avtalen' };

type OfCase = { caseId: string };
type OfCommand = { caseId: string; commandType: string };

export const concernRefusals = refusalTable('concern', {
  'case-not-found': { status: 404, message: (p: OfCase) => `Case ${p.caseId} is not registered`, userMessage: () => 'Saken finnes ikke.' },
  'case-already-registered': { status: 409, message: (p: OfCase) => `Case ${p.caseId} is already registered`, userMessage: () => 'Saken er allerede registrert.' },
  'case-closed': {
    status: 409,
    message: (p: OfCommand) => `Case ${p.caseId} is closed; ${p.commandType} is refused until it is reopened`,
    userMessage: () => 'Saken er avsluttet. Den må gjenåpnes før noe nytt kan registreres.',
  },
  'case-not-closed': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} is open and cannot be reopened`,
    userMessage: () => 'Saken er ikke avsluttet, og kan derfor ikke gjenåpnes.',
  },
  'unit-does-not-serve-municipality': {
    status: 409,
    message: (p: { unitId: string; kommunenummer: string }) => `Unit ${p.unitId} does not serve municipality ${p.kommunenummer}`,
    userMessage: (p: { unitId: string; kommunenummer: string }) =>
      `Enheten din gir ikke tjenester til kommune ${p.kommunenummer}, og kan ikke registrere en undring om barn der.`,
  },
  'level-zero-decision-pending': {
    status: 409,
    message: (p: OfCommand) => `Case ${p.caseId} awaits its level-0 decision; ${p.commandType} is refused until then`,
    userMessage: () => 'Beslutningen på nivå 0 må tas først: avslutte, gå til nivå 1 eller 2, eller melde til barnevernet.',
  },
  'level-zero-already-decided': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} has its level-0 decision already`,
    userMessage: () => 'Beslutningen på nivå 0 er allerede tatt. Bruk endring av nivå eller avslutning av saken.',
  },
  'level-unchanged': {
    status: 409,
    message: (p: { caseId: string; levelLabel: string }) => `Case ${p.caseId} is at that level already`,
    userMessage: (p: { caseId: string; levelLabel: string }) => `Saken er allerede på ${p.levelLabel}.`,
  },
  'stafettholder-required': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} needs a stafettholder from level 1`,
    userMessage: () => 'Fra nivå 1 må saken ha en stafettholder. Oppgi hvem som skal være stafettholder.',
  },
  'stafettholder-already-appointed': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} has a stafettholder; the baton moves only by handover`,
    userMessage: () => 'Saken har allerede en stafettholder. Stafettholderen kan bare byttes ved overlevering.',
  },
  'not-allowed-at-level': {
    status: 409,
    message: (p: { caseId: string; action: LevelRestrictedAction; level: number; levelLabel: string }) =>
      `Case ${p.caseId}: ${p.action} needs level ${LEVEL_RESTRICTIONS[p.action].minimum} or higher, the case is at level ${p.level}`,
    userMessage: (p: { caseId: string; action: LevelRestrictedAction; level: number; levelLabel: string }) => LEVEL_RESTRICTIONS[p.action].userMessage(p.levelLabel),
  },
  'stafettlogg-not-open': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} has no open stafettlogg`,
    userMessage: () => 'Stafettloggen er ikke åpnet. Den åpnes med samtykke fra de foresatte.',
  },
  'positive-observation-outside-log': {
    status: 409,
    message: (p: { caseId: string; level: number; levelLabel: string }) =>
      `Case ${p.caseId}: a positive observation needs the stafettlogg, which starts at level 1; the case is at level ${p.level}`,
    userMessage: (p: { caseId: string; level: number; levelLabel: string }) =>
      `Lysglimt føres i stafettloggen, som ikke finnes på ${p.levelLabel}. Stafettloggen åpnes fra nivå 1 med samtykke fra de foresatte.`,
  },
  'stafettlogg-already-open': { status: 409, message: (p: OfCase) => `Case ${p.caseId} has an open stafettlogg already`, userMessage: () => 'Stafettloggen er allerede åpnet.' },
  'handover-to-self': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId}: a handover to the current holder is pointless`,
    userMessage: () => 'Du kan ikke overlevere stafetten til deg selv.',
  },
  'handover-already-pending': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} has an unanswered handover already`,
    userMessage: () => 'Det finnes allerede en overlevering som venter på svar. Den må godtas, avslås eller trekkes tilbake først.',
  },
  'no-pending-handover': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId} has no pending handover`,
    userMessage: () => 'Det finnes ingen overlevering av stafetten som venter på svar.',
  },
  'not-proposed-receiver': {
    status: 409,
    message: (p: OfCase) => `Case ${p.caseId}: only the proposed receiver may answer the handover`,
    userMessage: () => 'Bare den som er foreslått som ny stafettholder, kan svare på overleveringen.',
  },
  'measure-not-found': {
    status: 404,
    message: (p: { caseId: string; measureId: string }) => `Case ${p.caseId} has no measure ${p.measureId}`,
    userMessage: () => 'Tiltaket finnes ikke i saken.',
  },
  'measure-ended': {
    status: 409,
    message: (p: { caseId: string; measureId: string; endedOn: string }) => `Measure ${p.measureId} in case ${p.caseId} ended on ${p.endedOn}`,
    userMessage: (p: { caseId: string; measureId: string; endedOn: string }) => `Tiltaket ble avsluttet ${p.endedOn} og kan ikke evalueres eller avsluttes på nytt.`,
  },
  'duplicate-entry': {
    status: 409,
    message: (p: { caseId: string; kind: CaseEntryKind; entryId: string }) => `Case ${p.caseId} has a ${p.kind} ${p.entryId} already`,
    userMessage: (p: { caseId: string; kind: CaseEntryKind; entryId: string }) => `${ENTRY_NAMES[p.kind]} er allerede registrert i saken.`,
  },
  'guardian-may-not-close': {
    status: 409,
    message: (p: { caseId: string; reason: 'level-zero' | 'not-guardian' }) => `Case ${p.caseId}: a guardian may not close it (${p.reason})`,
    userMessage: (p: { caseId: string; reason: 'level-zero' | 'not-guardian' }) =>
      p.reason === 'level-zero'
        ? 'Foresatte kan avslutte stafettloggen fra nivå 1. Saken er på nivå 0 og har ingen stafettlogg.'
        : 'Bare foresatte med foreldreansvar for barnet kan avslutte saken.',
  },
  'consultation-not-linkable': {
    status: 409,
    message: (p: { caseId: string; consultationId: string }) =>
      `Consultation ${p.consultationId} is unknown or recorded by another unit; it cannot be linked to case ${p.caseId}`,
    userMessage: () => 'Drøftingen kan ikke knyttes til saken. Bare enheten som registrerte den anonyme drøftingen, kan knytte den til en sak.',
  },
  'report-not-linkable': {
    status: 409,
    message: (p: { caseId: string; reportId: string }) =>
      `Report ${p.reportId} is unknown, about another child or filed by another unit; it cannot be linked to case ${p.caseId}`,
    userMessage: () => 'Meldingen kan ikke knyttes til saken. Bare en melding enheten selv har sendt om barnet i saken, kan knyttes til den.',
  },
  'consultation-already-recorded': {
    status: 409,
    message: (p: { consultationId: string }) => `Consultation ${p.consultationId} is recorded already`,
    userMessage: () => 'Drøftingen er allerede registrert.',
  },
});

const ofCase = (caseId: string) => ({ caseId });
const ofCommand = (caseId: string, commandType: string) => ({ caseId, commandType });

export const CaseNotFoundError = concernRefusals.kind('case-not-found', ofCase, 'CaseNotFoundError');
export const CaseAlreadyRegisteredError = concernRefusals.kind('case-already-registered', ofCase, 'CaseAlreadyRegisteredError');
export const CaseClosedError = concernRefusals.kind('case-closed', ofCommand, 'CaseClosedError');
export const CaseNotClosedError = concernRefusals.kind('case-not-closed', ofCase, 'CaseNotClosedError');
export const UnitDoesNotServeMunicipalityError = concernRefusals.kind(
  'unit-does-not-serve-municipality',
  (unitId: string, kommunenummer: string) => ({ unitId, kommunenummer }),
  'UnitDoesNotServeMunicipalityError',
);
export const LevelZeroDecisionPendingError = concernRefusals.kind('level-zero-decision-pending', ofCommand, 'LevelZeroDecisionPendingError');
export const LevelZeroAlreadyDecidedError = concernRefusals.kind('level-zero-already-decided', ofCase, 'LevelZeroAlreadyDecidedError');
export const LevelUnchangedError = concernRefusals.kind('level-unchanged', (caseId: string, levelLabel: string) => ({ caseId, levelLabel }), 'LevelUnchangedError');
export const StafettholderRequiredError = concernRefusals.kind('stafettholder-required', ofCase, 'StafettholderRequiredError');
export const StafettholderAlreadyAppointedError = concernRefusals.kind('stafettholder-already-appointed', ofCase, 'StafettholderAlreadyAppointedError');
export const NotAllowedAtLevelError = concernRefusals.kind(
  'not-allowed-at-level',
  (caseId: string, action: LevelRestrictedAction, level: number, levelLabel: string) => ({ caseId, action, level, levelLabel }),
  'NotAllowedAtLevelError',
);
export const StafettloggNotOpenError = concernRefusals.kind('stafettlogg-not-open', ofCase, 'StafettloggNotOpenError');
export const PositiveObservationOutsideLogError = concernRefusals.kind(
  'positive-observation-outside-log',
  (caseId: string, level: number, levelLabel: string) => ({ caseId, level, levelLabel }),
  'PositiveObservationOutsideLogError',
);
export const StafettloggAlreadyOpenError = concernRefusals.kind('stafettlogg-already-open', ofCase, 'StafettloggAlreadyOpenError');
export const HandoverToSelfError = concernRefusals.kind('handover-to-self', ofCase, 'HandoverToSelfError');
export const HandoverAlreadyPendingError = concernRefusals.kind('handover-already-pending', ofCase, 'HandoverAlreadyPendingError');
export const NoPendingHandoverError = concernRefusals.kind('no-pending-handover', ofCase, 'NoPendingHandoverError');
export const NotProposedReceiverError = concernRefusals.kind('not-proposed-receiver', ofCase, 'NotProposedReceiverError');
export const MeasureNotFoundError = concernRefusals.kind('measure-not-found', (caseId: string, measureId: string) => ({ caseId, measureId }), 'MeasureNotFoundError');
export const MeasureEndedError = concernRefusals.kind(
  'measure-ended',
  (caseId: string, measureId: string, endedOn: string) => ({ caseId, measureId, endedOn }),
  'MeasureEndedError',
);
/** The caller-chosen id is taken in this case (a retried command that already succeeded also lands here). */
export const DuplicateEntryError = concernRefusals.kind(
  'duplicate-entry',
  (caseId: string, kind: CaseEntryKind, entryId: string) => ({ caseId, kind, entryId }),
  'DuplicateEntryError',
);
export const GuardianMayNotCloseError = concernRefusals.kind(
  'guardian-may-not-close',
  (caseId: string, reason: 'level-zero' | 'not-guardian') => ({ caseId, reason }),
  'GuardianMayNotCloseError',
);
export const ConsultationNotLinkableError = concernRefusals.kind(
  'consultation-not-linkable',
  (caseId: string, consultationId: string) => ({ caseId, consultationId }),
  'ConsultationNotLinkableError',
);
export const ReportNotLinkableError = concernRefusals.kind('report-not-linkable', (caseId: string, reportId: string) => ({ caseId, reportId }), 'ReportNotLinkableError');
export const ConsultationAlreadyRecordedError = concernRefusals.kind(
  'consultation-already-recorded',
  (consultationId: string) => ({ consultationId }),
  'ConsultationAlreadyRecordedError',
);
