import { Refusal, type IsoDate } from '@stafett/kernel';
import { organisationRefusals } from './organisation.refusals';
import type { OrganisationCommand } from './organisation.commands';
import type { OrganisationDecider, OrganisationRules } from './organisation.decide';
import type { OrganisationEvent } from './organisation.events';
import { coverageOf } from './organisation.queries';
import type { OrganisationState } from './organisation.state';
import { cleanName, normaliseRoles } from './organisation.validation';
import type { ConfigProblem, OrganisationConfig } from './organisation-config.types';
import { DEFAULT_SERVICE_TYPES } from './service-types';

/** The decider's rules for a file: its own service types, or the Norwegian defaults. */
export function organisationRulesFor(config: OrganisationConfig): OrganisationRules {
  return { serviceTypes: config.serviceTypes ?? DEFAULT_SERVICE_TYPES };
}

/** A command planned from the file, with the place in the file it comes from. */
export interface PlannedCommand {
  readonly path: string;
  readonly command: OrganisationCommand;
}

export interface OrganisationSyncPlan {
  readonly commands: readonly PlannedCommand[];
  /** What the file says but the events cannot express (e.g. changing a unit's service type). */
  readonly conflicts: readonly ConfigProblem[];
}

const sameName = (a: string, b: string): boolean => (cleanName(a) ?? a) === (cleanName(b) ?? b);

/**
 * The commands that bring the organisation up to a validated file. The file is authoritative for
 * what it lists (names, coverage periods and their ends, roles, deactivations); what is only in
 * the organisation (added through the admin API) is left alone, since the log cannot forget it
 * and the file may simply be older. History is never rewritten: a changed start date, service
 * type or host becomes a conflict for a person to resolve, not an event.
 *
 * `today` dates role changes, so that earlier days keep the roles they had.
 */
export function planOrganisationSync(state: OrganisationState, config: OrganisationConfig, today: IsoDate): OrganisationSyncPlan {
  const commands: PlannedCommand[] = [];
  const conflicts: ConfigProblem[] = [];
  const plan = (path: string, command: OrganisationCommand): void => void commands.push({ path, command });

  config.municipalities.forEach(({ kommunenummer, name }, i) => {
    const path = `municipalities[${i}]`;
    const current = state.municipalities.get(kommunenummer);
    if (!current) plan(path, { type: 'RegisterMunicipality', kommunenummer, name });
    else if (!sameName(current.name, name)) plan(`${path}.name`, { type: 'RenameMunicipality', kommunenummer, name });
  });

  config.units.forEach((unit, i) => {
    const path = `units[${i}]`;
    const current = state.units.get(unit.id);
    const { id: unitId, name, serviceType, hostMunicipality } = unit;
    if (!current) {
      plan(path, { type: 'RegisterServiceUnit', unitId, name, serviceType, hostMunicipality });
    } else {
      if (!sameName(current.name, name)) plan(`${path}.name`, { type: 'RenameServiceUnit', unitId, name });
      if (current.serviceType !== serviceType) {
        conflicts.push({ path: `${path}.serviceType`, message: `the unit is registered as '${current.serviceType}'; register a new unit instead` });
      }
      if (current.hostMunicipality !== hostMunicipality) {
        conflicts.push({ path: `${path}.hostMunicipality`, message: `the unit is registered with host ${current.hostMunicipality}; register a new unit instead` });
      }
    }
    unit.serves.forEach(({ kommunenummer, validFrom, validTo }, j) => {
      const at = `${path}.serves[${j}]`;
      const existing = current ? coverageOf(current, kommunenummer).find((period) => period.validFrom === validFrom) : undefined;
      if (!existing) {
        plan(at, { type: 'StartUnitCoverage', unitId, kommunenummer, validFrom, ...(validTo === undefined ? {} : { validTo }) });
      } else if (existing.validTo === undefined && validTo !== undefined) {
        plan(`${at}.validTo`, { type: 'EndUnitCoverage', unitId, kommunenummer, validTo });
      } else if (existing.validTo !== validTo) {
        conflicts.push({
          path: `${at}.validTo`,
          message: `the organisation has this period ${existing.validTo ? `ending ${existing.validTo}` : 'open'}; correcting an ended period is not supported`,
        });
      }
    });
  });

  config.practitioners.forEach((practitioner, i) => {
    const path = `practitioners[${i}]`;
    const current = state.practitioners.get(practitioner.id);
    const { id: practitionerId, unitId, displayName, roles, activeFrom, activeTo } = practitioner;
    if (!current) {
      plan(path, { type: 'RegisterPractitioner', practitionerId, unitId, ...(displayName === undefined ? {} : { displayName }), roles, activeFrom });
      if (activeTo !== undefined) plan(`${path}.activeTo`, { type: 'DeactivatePractitioner', practitionerId, activeTo });
      return;
    }
    if (current.unitId !== unitId) conflicts.push({ path: `${path}.unitId`, message: `the practitioner belongs to '${current.unitId}'; moving units is not supported` });
    if (current.activeFrom !== activeFrom) conflicts.push({ path: `${path}.activeFrom`, message: `the practitioner is active from ${current.activeFrom}` });
    if (displayName !== undefined && (current.displayName === undefined || !sameName(current.displayName, displayName))) {
      // Deliberately without the names: they are employees' personal data and this ends up in logs.
      conflicts.push({ path: `${path}.displayName`, message: 'differs from the registered display name; changing it is not supported yet' });
    }
    const last = current.roleHistory[current.roleHistory.length - 1];
    if (last.roles.join() !== normaliseRoles(roles).join()) {
      const effectiveFrom = today > last.from ? today : last.from;
      plan(`${path}.roles`, { type: 'ChangePractitionerRoles', practitionerId, roles, effectiveFrom });
    }
    if (activeTo !== undefined && current.activeTo !== activeTo) {
      plan(`${path}.activeTo`, { type: 'DeactivatePractitioner', practitionerId, activeTo });
    } else if (activeTo === undefined && current.activeTo !== undefined) {
      conflicts.push({ path, message: `the practitioner was deactivated from ${current.activeTo}; reactivation is not supported` });
    }
  });

  return { commands, conflicts };
}

export interface OrganisationSyncResult {
  /** The events to append, in order; empty when the organisation already matches the file. */
  readonly events: readonly OrganisationEvent[];
  readonly state: OrganisationState;
  /** Planned conflicts plus the commands the decider refused, each with its place in the file. */
  readonly conflicts: readonly ConfigProblem[];
}

/**
 * Plans and decides in one go: each command is decided against the state the earlier ones made.
 * A refused command becomes a conflict and the rest still apply, so one bad line does not keep the
 * whole organisation from loading; the caller decides whether conflicts stop the start-up.
 * Idempotent: syncing the resulting state with the same file yields no events.
 */
export function syncOrganisation(
  decider: OrganisationDecider,
  state: OrganisationState,
  config: OrganisationConfig,
  today: IsoDate,
): OrganisationSyncResult {
  const plan = planOrganisationSync(state, config, today);
  const events: OrganisationEvent[] = [];
  const conflicts: ConfigProblem[] = [...plan.conflicts];
  let current = state;
  for (const { path, command } of plan.commands) {
    try {
      const decided = decider.decide(command, current);
      current = decided.reduce(decider.evolve, current);
      events.push(...decided);
    } catch (error) {
      if (!(error instanceof Refusal && error.context === organisationRefusals.context)) throw error;
      conflicts.push({ path, message: error.message });
    }
  }
  return { events, state: current, conflicts };
}
