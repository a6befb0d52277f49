import type { ServiceTypeDefinition } from './service-types';
import { FieldProblems } from '@stafett/kernel';
import { assertNever, type Decider } from '@stafett/kernel';
import type * as C from './organisation.commands';
import {
  CoverageOverlapError,
  InvalidPeriodError,
  MunicipalityAlreadyRegisteredError,
  MunicipalityNotFoundError,
  NoOpenCoverageError,
  PractitionerAlreadyRegisteredError,
  PractitionerChangeNotAllowedError,
  PractitionerNotFoundError,
  ServiceUnitAlreadyRegisteredError,
  ServiceUnitNotFoundError,
  UnknownServiceTypeError,
} from './organisation.refusals';
import type * as E from './organisation.events';
import { coverageOf, periodsOverlap } from './organisation.queries';
import { evolveOrganisation, initialOrganisationState, type OrganisationState, type Practitioner, type ServiceUnit } from './organisation.state';
import { checkDate, checkEntityId, checkKommunenummer, checkName, checkRoles, cleanName, normaliseRoles } from './organisation.validation';

/** What the organisation decider is configured with: the municipality's list of service types. */
export interface OrganisationRules {
  readonly serviceTypes: readonly ServiceTypeDefinition[];
}

const name = (value: string): string => cleanName(value) ?? value;

function municipality(state: OrganisationState, kommunenummer: string): void {
  if (!state.municipalities.has(kommunenummer)) throw new MunicipalityNotFoundError(kommunenummer);
}

function unit(state: OrganisationState, unitId: string): ServiceUnit {
  const found = state.units.get(unitId);
  if (!found) throw new ServiceUnitNotFoundError(unitId);
  return found;
}

function practitioner(state: OrganisationState, practitionerId: string): Practitioner {
  const found = state.practitioners.get(practitionerId);
  if (!found) throw new PractitionerNotFoundError(practitionerId);
  return found;
}

export function registerMunicipality(command: C.RegisterMunicipality, state: OrganisationState): E.MunicipalityRegistered[] {
  const problems = new FieldProblems();
  checkKommunenummer(problems, 'kommunenummer', command.kommunenummer);
  checkName(problems, 'name', command.name);
  problems.throwIfAny(command.type);
  if (state.municipalities.has(command.kommunenummer)) throw new MunicipalityAlreadyRegisteredError(command.kommunenummer);
  return [{ type: 'MunicipalityRegistered', data: { kommunenummer: command.kommunenummer, name: name(command.name) } }];
}

export function renameMunicipality(command: C.RenameMunicipality, state: OrganisationState): E.MunicipalityRenamed[] {
  const problems = new FieldProblems();
  checkName(problems, 'name', command.name);
  problems.throwIfAny(command.type);
  municipality(state, command.kommunenummer);
  if (state.municipalities.get(command.kommunenummer)?.name === name(command.name)) return [];
  return [{ type: 'MunicipalityRenamed', data: { kommunenummer: command.kommunenummer, name: name(command.name) } }];
}

export function registerServiceUnit(
  command: C.RegisterServiceUnit,
  state: OrganisationState,
  rules: OrganisationRules,
): E.ServiceUnitRegistered[] {
  const problems = new FieldProblems();
  checkEntityId(problems, 'unitId', command.unitId);
  checkName(problems, 'name', command.name);
  checkKommunenummer(problems, 'hostMunicipality', command.hostMunicipality);
  problems.throwIfAny(command.type);
  if (!rules.serviceTypes.some((type) => type.code === command.serviceType)) throw new UnknownServiceTypeError(command.serviceType);
  municipality(state, command.hostMunicipality);
  if (state.units.has(command.unitId)) throw new ServiceUnitAlreadyRegisteredError(command.unitId);
  const { unitId, serviceType, hostMunicipality } = command;
  return [{ type: 'ServiceUnitRegistered', data: { unitId, name: name(command.name), serviceType, hostMunicipality } }];
}

export function renameServiceUnit(command: C.RenameServiceUnit, state: OrganisationState): E.ServiceUnitRenamed[] {
  const problems = new FieldProblems();
  checkName(problems, 'name', command.name);
  problems.throwIfAny(command.type);
  if (unit(state, command.unitId).name === name(command.name)) return [];
  return [{ type: 'ServiceUnitRenamed', data: { unitId: command.unitId, name: name(command.name) } }];
}

/** Periods of one unit for one municipality never overlap, so "who served whom on a day" has one answer. */
export function startUnitCoverage(
  command: C.StartUnitCoverage,
  state: OrganisationState,
): Array<E.UnitCoverageStarted | E.UnitCoverageEnded> {
  const problems = new FieldProblems();
  checkKommunenummer(problems, 'kommunenummer', command.kommunenummer);
  checkDate(problems, 'validFrom', command.validFrom);
  if (command.validTo !== undefined) checkDate(problems, 'validTo', command.validTo);
  problems.throwIfAny(command.type);
  const { unitId, kommunenummer, validFrom, validTo } = command;
  if (validTo !== undefined && validTo <= validFrom) throw new InvalidPeriodError(validFrom, validTo);
  const existing = coverageOf(unit(state, unitId), kommunenummer);
  municipality(state, kommunenummer);
  const clash = existing.find((period) => periodsOverlap(period, { validFrom, validTo }));
  if (clash) throw new CoverageOverlapError(unitId, kommunenummer, clash.validFrom);
  const started: E.UnitCoverageStarted = { type: 'UnitCoverageStarted', data: { unitId, kommunenummer, validFrom } };
  if (validTo === undefined) return [started];
  return [started, { type: 'UnitCoverageEnded', data: { unitId, kommunenummer, validFrom, validTo } }];
}

export function endUnitCoverage(command: C.EndUnitCoverage, state: OrganisationState): E.UnitCoverageEnded[] {
  const problems = new FieldProblems();
  checkDate(problems, 'validTo', command.validTo);
  problems.throwIfAny(command.type);
  const { unitId, kommunenummer, validTo } = command;
  const open = coverageOf(unit(state, unitId), kommunenummer).find((period) => period.validTo === undefined);
  if (!open) throw new NoOpenCoverageError(unitId, kommunenummer);
  if (validTo <= open.validFrom) throw new InvalidPeriodError(open.validFrom, validTo);
  return [{ type: 'UnitCoverageEnded', data: { unitId, kommunenummer, validFrom: open.validFrom, validTo } }];
}

export function registerPractitioner(command: C.RegisterPractitioner, state: OrganisationState): E.PractitionerRegistered[] {
  const problems = new FieldProblems();
  checkEntityId(problems, 'practitionerId', command.practitionerId);
  if (command.displayName !== undefined) checkName(problems, 'displayName', command.displayName);
  checkRoles(problems, 'roles', command.roles);
  checkDate(problems, 'activeFrom', command.activeFrom);
  problems.throwIfAny(command.type);
  unit(state, command.unitId);
  if (state.practitioners.has(command.practitionerId)) throw new PractitionerAlreadyRegisteredError(command.practitionerId);
  const { practitionerId, unitId, activeFrom } = command;
  const displayName = command.displayName === undefined ? {} : { displayName: name(command.displayName) };
  return [
    { type: 'PractitionerRegistered', data: { practitionerId, unitId, ...displayName, roles: normaliseRoles(command.roles), activeFrom } },
  ];
}

export function changePractitionerRoles(command: C.ChangePractitionerRoles, state: OrganisationState): E.PractitionerRolesChanged[] {
  const problems = new FieldProblems();
  checkRoles(problems, 'roles', command.roles);
  checkDate(problems, 'effectiveFrom', command.effectiveFrom);
  problems.throwIfAny(command.type);
  const current = practitioner(state, command.practitionerId);
  const last = current.roleHistory[current.roleHistory.length - 1];
  const roles = normaliseRoles(command.roles);
  if (command.effectiveFrom < last.from) {
    throw new PractitionerChangeNotAllowedError(
      command.practitionerId,
      `roles cannot change before the last change (${last.from})`,
      `Rollene kan ikke endres med virkning før ${last.from}.`,
    );
  }
  if (current.activeTo !== undefined && command.effectiveFrom >= current.activeTo) {
    throw new PractitionerChangeNotAllowedError(
      command.practitionerId,
      `the practitioner is deactivated from ${current.activeTo}`,
      'Den ansatte er deaktivert og kan ikke få nye roller.',
    );
  }
  if (last.roles.join() === roles.join()) return [];
  return [{ type: 'PractitionerRolesChanged', data: { practitionerId: command.practitionerId, roles, effectiveFrom: command.effectiveFrom } }];
}

export function deactivatePractitioner(command: C.DeactivatePractitioner, state: OrganisationState): E.PractitionerDeactivated[] {
  const problems = new FieldProblems();
  checkDate(problems, 'activeTo', command.activeTo);
  problems.throwIfAny(command.type);
  const current = practitioner(state, command.practitionerId);
  if (current.activeTo === command.activeTo) return [];
  if (current.activeTo !== undefined) {
    throw new PractitionerChangeNotAllowedError(
      command.practitionerId,
      `already deactivated from ${current.activeTo}`,
      `Den ansatte er allerede deaktivert fra ${current.activeTo}.`,
    );
  }
  if (command.activeTo <= current.activeFrom) throw new InvalidPeriodError(current.activeFrom, command.activeTo);
  return [{ type: 'PractitionerDeactivated', data: { practitionerId: command.practitionerId, activeTo: command.activeTo } }];
}

export function decideOrganisation(
  command: C.OrganisationCommand,
  state: OrganisationState,
  rules: OrganisationRules,
): E.OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterMunicipality':
      return registerMunicipality(command, state);
    case 'RenameMunicipality':
      return renameMunicipality(command, state);
    case 'RegisterServiceUnit':
      return registerServiceUnit(command, state, rules);
    case 'RenameServiceUnit':
      return renameServiceUnit(command, state);
    case 'StartUnitCoverage':
      return startUnitCoverage(command, state);
    case 'EndUnitCoverage':
      return endUnitCoverage(command, state);
    case 'RegisterPractitioner':
      return registerPractitioner(command, state);
    case 'ChangePractitionerRoles':
      return changePractitionerRoles(command, state);
    case 'DeactivatePractitioner':
      return deactivatePractitioner(command, state);
    default:
      return assertNever(command, 'organisation command');
  }
}

export type OrganisationDecider = Decider<C.OrganisationCommand, E.OrganisationEvent, OrganisationState, void>;

/** The decider with the municipality's rules bound, in Emmett's shape. */
export function createOrganisationDecider(rules: OrganisationRules): OrganisationDecider {
  return {
    decide: (command, state) => decideOrganisation(command, state, rules),
    evolve: evolveOrganisation,
    initialState: initialOrganisationState,
  };
}
