import { DomainError } from '@stafett/kernel';
import type { ConsentPurpose } from './consent-check.port';

// Messages name ids, levels and codes only; the case's free texts are personal data and stay out.
// The API maps names ending in NotFoundError to 404 and every other refusal to 409.

export class CaseNotFoundError extends DomainError {
  override readonly name = 'CaseNotFoundError';
  readonly code = 'case-not-found';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is not registered`, 'Saken finnes ikke.');
  }
}

export class CaseAlreadyRegisteredError extends DomainError {
  override readonly name = 'CaseAlreadyRegisteredError';
  readonly code = 'case-already-registered';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is already registered`, 'Saken er allerede registrert.');
  }
}

export class CaseClosedError extends DomainError {
  override readonly name = 'CaseClosedError';
  readonly code = 'case-closed';
  constructor(
    readonly caseId: string,
    readonly commandType: string,
  ) {
    super(`Case ${caseId} is closed; ${commandType} is refused until it is reopened`, 'Saken er avsluttet. Den må gjenåpnes før noe nytt kan registreres.');
  }
}

export class CaseNotClosedError extends DomainError {
  override readonly name = 'CaseNotClosedError';
  readonly code = 'case-not-closed';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is open and cannot be reopened`, 'Saken er ikke avsluttet, og kan derfor ikke gjenåpnes.');
  }
}

export class UnitDoesNotServeMunicipalityError extends DomainError {
  override readonly name = 'UnitDoesNotServeMunicipalityError';
  readonly code = 'unit-does-not-serve-municipality';
  constructor(
    readonly unitId: string,
    readonly kommunenummer: string,
  ) {
    super(
      `Unit ${unitId} does not serve municipality ${kommunenummer}`,
      `Enheten din gir ikke tjenester til kommune ${kommunenummer}, og kan ikke registrere en undring om barn der.`,
    );
  }
}

export class LevelZeroDecisionPendingError extends DomainError {
  override readonly name = 'LevelZeroDecisionPendingError';
  readonly code = 'level-zero-decision-pending';
  constructor(
    readonly caseId: string,
    readonly commandType: string,
  ) {
    super(
      `Case ${caseId} awaits its level-0 decision; ${commandType} is refused until then`,
      'Beslutningen på nivå 0 må tas først: avslutte, gå til nivå 1 eller 2, eller melde til barnevernet.',
    );
  }
}

export class LevelZeroAlreadyDecidedError extends DomainError {
  override readonly name = 'LevelZeroAlreadyDecidedError';
  readonly code = 'level-zero-already-decided';
  constructor(readonly caseId: string) {
    super(
      `Case ${caseId} has its level-0 decision already`,
      'Beslutningen på nivå 0 er allerede tatt. Bruk endring av nivå eller avslutning av saken.',
    );
  }
}

export class LevelUnchangedError extends DomainError {
  override readonly name = 'LevelUnchangedError';
  readonly code = 'level-unchanged';
  constructor(
    readonly caseId: string,
    levelLabel: string,
  ) {
    super(`Case ${caseId} is at that level already`, `Saken er allerede på ${levelLabel}.`);
  }
}

export class StafettholderRequiredError extends DomainError {
  override readonly name = 'StafettholderRequiredError';
  readonly code = 'stafettholder-required';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} needs a stafettholder from level 1`, 'Fra nivå 1 må saken ha en stafettholder. Oppgi hvem som skal være stafettholder.');
  }
}

export class StafettholderAlreadyAppointedError extends DomainError {
  override readonly name = 'StafettholderAlreadyAppointedError';
  readonly code = 'stafettholder-already-appointed';
  constructor(readonly caseId: string) {
    super(
      `Case ${caseId} has a stafettholder; the baton moves only by handover`,
      'Saken har allerede en stafettholder. Stafettholderen kan bare byttes ved overlevering.',
    );
  }
}

export class ServiceNotParticipatingError extends DomainError {
  override readonly name = 'ServiceNotParticipatingError';
  readonly code = 'service-not-participating';
  constructor(
    readonly caseId: string,
    readonly unitId: string,
    role: 'stafettholder' | 'measure-owner',
  ) {
    super(
      `Unit ${unitId} does not take part in case ${caseId} and cannot be its ${role}`,
      role === 'stafettholder'
        ? 'Stafettholderen må høre til en tjeneste som deltar i saken.'
        : 'Tiltaket må eies av en tjeneste som deltar i saken. Legg til tjenesten først.',
    );
  }
}

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

export class NotAllowedAtLevelError extends DomainError {
  override readonly name = 'NotAllowedAtLevelError';
  readonly code = 'not-allowed-at-level';
  constructor(
    readonly caseId: string,
    readonly action: LevelRestrictedAction,
    readonly level: number,
    levelLabel: string,
  ) {
    super(
      `Case ${caseId}: ${action} needs level ${LEVEL_RESTRICTIONS[action].minimum} or higher, the case is at level ${level}`,
      LEVEL_RESTRICTIONS[action].userMessage(levelLabel),
    );
  }

  static minimumFor(action: LevelRestrictedAction): number {
    return LEVEL_RESTRICTIONS[action].minimum;
  }
}

export class StafettloggNotOpenError extends DomainError {
  override readonly name = 'StafettloggNotOpenError';
  readonly code = 'stafettlogg-not-open';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} has no open stafettlogg`, 'Stafettloggen er ikke åpnet. Den åpnes med samtykke fra de foresatte.');
  }
}

export class StafettloggAlreadyOpenError extends DomainError {
  override readonly name = 'StafettloggAlreadyOpenError';
  readonly code = 'stafettlogg-already-open';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} has an open stafettlogg already`, 'Stafettloggen er allerede åpnet.');
  }
}

const CONSENT_MESSAGES: Record<ConsentPurpose, string> = {
  'open-stafettlogg': 'Stafettloggen kan ikke åpnes: det finnes ikke et gyldig samtykke fra de foresatte som dekker tjenesten.',
  'join-case': 'Tjenesten kan ikke bli med i saken: det finnes ikke et gyldig samtykke fra de foresatte som dekker denne tjenesten.',
  'take-over-stafettlogg':
    'Stafettloggen kan ikke overtas av en ny tjeneste: det finnes ikke et gyldig samtykke fra de foresatte som dekker denne tjenesten.',
};

/** Fail closed: no answer, a negative answer, or an answer to another question all refuse. */
export class ConsentMissingError extends DomainError {
  override readonly name = 'ConsentMissingError';
  readonly code = 'consent-missing';
  constructor(
    readonly caseId: string,
    readonly unitId: string,
    readonly purpose: ConsentPurpose,
  ) {
    super(`Case ${caseId}: no consent covers unit ${unitId} for ${purpose}`, CONSENT_MESSAGES[purpose]);
  }
}

export class HandoverToSelfError extends DomainError {
  override readonly name = 'HandoverToSelfError';
  readonly code = 'handover-to-self';
  constructor(readonly caseId: string) {
    super(`Case ${caseId}: a handover to the current holder is pointless`, 'Du kan ikke overlevere stafetten til deg selv.');
  }
}

export class HandoverAlreadyPendingError extends DomainError {
  override readonly name = 'HandoverAlreadyPendingError';
  readonly code = 'handover-already-pending';
  constructor(readonly caseId: string) {
    super(
      `Case ${caseId} has an unanswered handover already`,
      'Det finnes allerede en overlevering som venter på svar. Den må godtas, avslås eller trekkes tilbake først.',
    );
  }
}

export class NoPendingHandoverError extends DomainError {
  override readonly name = 'NoPendingHandoverError';
  readonly code = 'no-pending-handover';
  constructor(readonly caseId: string) {
    super(`Case ${caseId} has no pending handover`, 'Det finnes ingen overlevering av stafetten som venter på svar.');
  }
}

export class NotProposedReceiverError extends DomainError {
  override readonly name = 'NotProposedReceiverError';
  readonly code = 'not-proposed-receiver';
  constructor(readonly caseId: string) {
    super(`Case ${caseId}: only the proposed receiver may answer the handover`, 'Bare den som er foreslått som ny stafettholder, kan svare på overleveringen.');
  }
}

export class MeasureNotFoundError extends DomainError {
  override readonly name = 'MeasureNotFoundError';
  readonly code = 'measure-not-found';
  constructor(
    readonly caseId: string,
    readonly measureId: string,
  ) {
    super(`Case ${caseId} has no measure ${measureId}`, 'Tiltaket finnes ikke i saken.');
  }
}

export class MeasureEndedError extends DomainError {
  override readonly name = 'MeasureEndedError';
  readonly code = 'measure-ended';
  constructor(
    readonly caseId: string,
    readonly measureId: string,
    readonly endedOn: string,
  ) {
    super(`Measure ${measureId} in case ${caseId} ended on ${endedOn}`, `Tiltaket ble avsluttet ${endedOn} og kan ikke evalueres eller avsluttes på nytt.`);
  }
}

export type CaseEntryKind = 'measure' | 'meeting' | 'agreement';

const ENTRY_NAMES: Record<CaseEntryKind, string> = { measure: 'Tiltaket', meeting: 'Møtet', agreement: 'Avtalen' };

/** The caller-chosen id is taken in this case (a retried command that already succeeded also lands here). */
export class DuplicateEntryError extends DomainError {
  override readonly name = 'DuplicateEntryError';
  readonly code = 'duplicate-entry';
  constructor(
    readonly caseId: string,
    readonly kind: CaseEntryKind,
    readonly entryId: string,
  ) {
    super(`Case ${caseId} has a ${kind} ${entryId} already`, `${ENTRY_NAMES[kind]} er allerede registrert i saken.`);
  }
}

export class GuardianMayNotCloseError extends DomainError {
  override readonly name = 'GuardianMayNotCloseError';
  readonly code = 'guardian-may-not-close';
  constructor(
    readonly caseId: string,
    reason: 'level-zero' | 'not-guardian',
  ) {
    super(
      `Case ${caseId}: a guardian may not close it (${reason})`,
      reason === 'level-zero'
        ? 'Foresatte kan avslutte stafettloggen fra nivå 1. Saken er på nivå 0 og har ingen stafettlogg.'
        : 'Bare foresatte med foreldreansvar for barnet kan avslutte saken.',
    );
  }
}

export class ConsultationNotLinkableError extends DomainError {
  override readonly name = 'ConsultationNotLinkableError';
  readonly code = 'consultation-not-linkable';
  constructor(
    readonly caseId: string,
    readonly consultationId: string,
  ) {
    super(
      `Consultation ${consultationId} is unknown or recorded by another unit; it cannot be linked to case ${caseId}`,
      'Drøftingen kan ikke knyttes til saken. Bare enheten som registrerte den anonyme drøftingen, kan knytte den til en sak.',
    );
  }
}

export class ReportNotLinkableError extends DomainError {
  override readonly name = 'ReportNotLinkableError';
  readonly code = 'report-not-linkable';
  constructor(
    readonly caseId: string,
    readonly reportId: string,
  ) {
    super(
      `Report ${reportId} is unknown, about another child or filed by another unit; it cannot be linked to case ${caseId}`,
      'Meldingen kan ikke knyttes til saken. Bare en melding enheten selv har sendt om barnet i saken, kan knyttes til den.',
    );
  }
}
