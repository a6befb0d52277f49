import { FieldProblems } from '@stafett/kernel';
import type { ConcernCommand } from '../concern.commands';
import type { ConcernDecisionContext } from '../concern.context';
import { minimumLevelFor, NotAllowedAtLevelError, StafettloggNotOpenError, type LevelRestrictedAction } from '../concern.refusals';
import { ConsentMissingError, ServiceNotParticipatingError } from '../concern-authority.refusals';
import { levelLabel, type ConcernRules } from '../concern.rules';
import type { OpenCase } from '../concern.state';
import { checkActor, checkTimestamp } from '../concern.validation';
import { practitionerRef, type IsoTimestamp, type PractitionerActor, type PractitionerRef, type ServiceRef } from '../concern.values';
import { consentCovers, type ConsentPurpose } from '../consent-check.port';

/** Field problems of the command's envelope (instant and actor); the command adds its own and throws them together. */
export function envelopeProblems(command: ConcernCommand): FieldProblems {
  const problems = new FieldProblems();
  checkTimestamp(problems, 'at', command.at);
  checkActor(problems, 'actor', command.actor, command.type === 'CloseCase');
  return problems;
}

/** The fields every event carries. */
export function stamp(command: { caseId: string; actor: PractitionerActor; at: IsoTimestamp }): {
  caseId: string;
  by: PractitionerRef;
  at: IsoTimestamp;
} {
  return { caseId: command.caseId, by: practitionerRef(command.actor), at: command.at };
}

export function requireLevel(state: OpenCase, rules: ConcernRules, action: LevelRestrictedAction): void {
  if (state.level < minimumLevelFor(action)) {
    throw new NotAllowedAtLevelError(state.caseId, action, state.level, levelLabel(rules, state.level));
  }
}

/** Goals, measures, meetings and agreements are written in an open stafettlogg, which exists from level 1. */
export function requireOpenLog(state: OpenCase, rules: ConcernRules, action: LevelRestrictedAction): void {
  requireLevel(state, rules, action);
  if (!state.stafettloggOpen) throw new StafettloggNotOpenError(state.caseId);
}

export function requireParticipating(state: OpenCase, unitId: string, role: 'stafettholder' | 'measure-owner'): void {
  if (!state.participants.has(unitId)) throw new ServiceNotParticipatingError(state.caseId, unitId, role);
}

/** The consent id that covers this service for this purpose; fails closed on anything else. */
export function requireConsent(state: OpenCase, context: ConcernDecisionContext, service: ServiceRef, purpose: ConsentPurpose): string {
  const decision = context.consent;
  if (!consentCovers(decision, { childId: state.childId, service, purpose })) throw new ConsentMissingError(state.caseId, service.unitId, purpose);
  return decision.consentId;
}

export const samePractitioner = (a: { practitionerId: string } | undefined, b: { practitionerId: string }): boolean =>
  a !== undefined && a.practitionerId === b.practitionerId;
