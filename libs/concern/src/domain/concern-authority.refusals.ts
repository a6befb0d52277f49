import { refusalTable } from '@stafett/kernel';
import type { ConsentPurpose } from './consent-check.port';

// The concern context's refusals of authority and consent (issue 10 item 3): a unit acting in another's
// name, or without a consent in force, is refused with 403; the stafettholder's prerogatives stay 409
// (not-stafettholder), as a refused transition of the case.

/** What only the stafettholder (or, where configuration says so, the owning unit's leader) may do. */
export type CoordinatorAction = 'handover' | 'level' | 'close' | 'reopen' | 'participants' | 'stafettlogg';

const COORDINATOR_MESSAGES: Record<CoordinatorAction, string> = {
  handover: 'Bare stafettholderen kan overlevere stafetten.',
  level: 'Bare stafettholderen kan endre nivået i saken.',
  close: 'Bare stafettholderen kan avslutte saken.',
  reopen: 'Bare stafettholderen kan gjenåpne saken.',
  participants: 'Bare stafettholderen kan ta nye tjenester inn i saken.',
  stafettlogg: 'Bare stafettholderen kan åpne stafettloggen.',
};

const CONSENT_MESSAGES: Record<ConsentPurpose, string> = {
  'open-stafettlogg': 'Stafettloggen kan ikke åpnes: det finnes ikke et gyldig samtykke fra de foresatte som dekker tjenesten.',
  'join-case': 'Tjenesten kan ikke bli med i saken: det finnes ikke et gyldig samtykke fra de foresatte som dekker denne tjenesten.',
  'take-over-stafettlogg':
    'Stafettloggen kan ikke overtas av en ny tjeneste: det finnes ikke et gyldig samtykke fra de foresatte som dekker denne tjenesten.',
};

type NotOwnUnit = { caseId: string; unitId: string; what: 'measure-owner' | 'responsible' | 'measure' };
type NotParticipating = { caseId: string; unitId: string; role: 'stafettholder' | 'measure-owner' };

export const concernAuthorityRefusals = refusalTable('concern', {
  'not-stafettholder': {
    status: 409,
    message: (p: { caseId: string; action: CoordinatorAction }) => `Case ${p.caseId}: only the stafettholder may do this (${p.action})`,
    userMessage: (p: { caseId: string; action: CoordinatorAction }) => COORDINATOR_MESSAGES[p.action],
  },
  'not-own-unit': {
    status: 403,
    message: (p: NotOwnUnit) => `Case ${p.caseId}: unit ${p.unitId} may not act in another unit's name (${p.what})`,
    userMessage: (p: NotOwnUnit) =>
      p.what === 'measure-owner'
        ? 'Du kan bare registrere tiltak som din egen enhet eier.'
        : p.what === 'responsible'
          ? 'Den ansvarlige for tiltaket må høre til din egen enhet.'
          : 'Bare enheten som eier tiltaket, kan evaluere eller avslutte det.',
  },
  'participation-lapsed': {
    status: 403,
    message: (p: { caseId: string; unitId: string }) => `Case ${p.caseId}: the consent unit ${p.unitId} joined on is withdrawn or expired`,
    userMessage: () =>
      'Samtykket som lot tjenesten din delta i saken, er trukket tilbake eller utløpt. Tjenesten kan ikke registrere noe i saken før de foresatte har gitt nytt samtykke.',
  },
  'not-owning-unit': {
    status: 409,
    message: (p: { caseId: string }) => `Case ${p.caseId}: only the owning unit acts before a stafettholder is appointed`,
    userMessage: () => 'Før saken har en stafettholder, er det enheten som registrerte undringen, som tar beslutningene.',
  },
  'consent-missing': {
    status: 409,
    message: (p: { caseId: string; unitId: string; purpose: ConsentPurpose }) => `Case ${p.caseId}: no consent covers unit ${p.unitId} for ${p.purpose}`,
    userMessage: (p: { caseId: string; unitId: string; purpose: ConsentPurpose }) => CONSENT_MESSAGES[p.purpose],
  },
  'service-not-participating': {
    status: 409,
    message: (p: NotParticipating) => `Unit ${p.unitId} does not take part in case ${p.caseId} and cannot be its ${p.role}`,
    userMessage: (p: NotParticipating) =>
      p.role === 'stafettholder' ? 'Stafettholderen må høre til en tjeneste som deltar i saken.' : 'Tiltaket må eies av en tjeneste som deltar i saken. Legg til tjenesten først.',
  },
});

export const NotStafettholderError = concernAuthorityRefusals.kind(
  'not-stafettholder',
  (caseId: string, action: CoordinatorAction = 'handover') => ({ caseId, action }),
  'NotStafettholderError',
);
/** A unit acts only in its own name: a measure it does not own, or someone else's measure. */
export const NotOwnUnitForbiddenError = concernAuthorityRefusals.kind(
  'not-own-unit',
  (caseId: string, unitId: string, what: NotOwnUnit['what']) => ({ caseId, unitId, what }),
  'NotOwnUnitForbiddenError',
);
/**
 * The unit joined the case on the family's consent, and no consent in force covers it any longer
 * (withdrawn or expired): it may read its own entries, but write nothing until a new consent is given.
 */
export const ParticipationLapsedForbiddenError = concernAuthorityRefusals.kind(
  'participation-lapsed',
  (caseId: string, unitId: string) => ({ caseId, unitId }),
  'ParticipationLapsedForbiddenError',
);
/** Acts at level 0, before anyone holds the baton: the unit that registered the concern decides. */
export const NotOwningUnitError = concernAuthorityRefusals.kind('not-owning-unit', (caseId: string) => ({ caseId }), 'NotOwningUnitError');
/** Fail closed: no answer, a negative answer, or an answer to another question all refuse. */
export const ConsentMissingError = concernAuthorityRefusals.kind(
  'consent-missing',
  (caseId: string, unitId: string, purpose: ConsentPurpose) => ({ caseId, unitId, purpose }),
  'ConsentMissingError',
);
export const ServiceNotParticipatingError = concernAuthorityRefusals.kind(
  'service-not-participating',
  (caseId: string, unitId: string, role: NotParticipating['role']) => ({ caseId, unitId, role }),
  'ServiceNotParticipatingError',
);
