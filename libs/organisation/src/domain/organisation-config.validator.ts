import { FieldProblems } from '@stafett/kernel';
import { isIsoDate } from '@stafett/kernel';
import { periodsOverlap } from './organisation.queries';
import {
  checkDate,
  checkEntityId,
  checkKommunenummer,
  checkName,
  checkRoles,
  isEntityId,
  isKommunenummer,
} from './organisation.validation';
import type { ConfigProblem, OrganisationConfig } from './organisation-config.types';
import { DEFAULT_SERVICE_TYPES, validateServiceTypes, type ServiceTypeDefinition } from './service-types';

export type OrganisationConfigValidation =
  | { readonly ok: true; readonly config: OrganisationConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the whole file and lists every problem with its path, so that an operator fixes the file
 * in one go instead of one start-up attempt per mistake. Uses the deciders' own field checks, so
 * a file that passes here is not refused later for its format.
 */
export function validateOrganisationConfig(input: unknown): OrganisationConfigValidation {
  const problems: ConfigProblem[] = [];
  const report = (path: string, message: string): void => void problems.push({ path, message });

  if (!isObject(input)) return { ok: false, problems: [{ path: '(root)', message: 'must be a JSON object' }] };
  unknownKeys(input, '', ['version', 'description', 'serviceTypes', 'municipalities', 'units', 'practitioners'], report);
  if (input.version !== 1) report('version', 'must be 1');
  if (input.description !== undefined && typeof input.description !== 'string') report('description', 'must be a text');

  let serviceTypes: readonly ServiceTypeDefinition[] = DEFAULT_SERVICE_TYPES;
  if (input.serviceTypes !== undefined) {
    const typeProblems = validateServiceTypes(input.serviceTypes);
    problems.push(...typeProblems);
    if (typeProblems.length === 0) serviceTypes = input.serviceTypes as ServiceTypeDefinition[];
  }

  const municipalities = list(input, 'municipalities', report);
  const kommunenumre = new Set<string>();
  municipalities.forEach((entry, i) => {
    const path = `municipalities[${i}]`;
    if (!isObject(entry)) return report(path, 'must be an object');
    unknownKeys(entry, path, ['kommunenummer', 'name'], report);
    fieldChecks(path, report, (p) => {
      checkKommunenummer(p, 'kommunenummer', entry.kommunenummer);
      checkName(p, 'name', entry.name);
    });
    if (isKommunenummer(entry.kommunenummer)) {
      if (kommunenumre.has(entry.kommunenummer)) report(`${path}.kommunenummer`, `${entry.kommunenummer} is listed twice`);
      kommunenumre.add(entry.kommunenummer);
    }
  });
  const knownMunicipality = (path: string, value: unknown): void => {
    if (isKommunenummer(value) && !kommunenumre.has(value)) report(path, `municipality ${value} is not in municipalities`);
  };

  const units = list(input, 'units', report);
  const unitIds = new Set<string>();
  units.forEach((entry, i) => {
    const path = `units[${i}]`;
    if (!isObject(entry)) return report(path, 'must be an object');
    unknownKeys(entry, path, ['id', 'name', 'serviceType', 'hostMunicipality', 'serves'], report);
    fieldChecks(path, report, (p) => {
      checkEntityId(p, 'id', entry.id);
      checkName(p, 'name', entry.name);
      checkKommunenummer(p, 'hostMunicipality', entry.hostMunicipality);
    });
    if (isEntityId(entry.id)) {
      if (unitIds.has(entry.id)) report(`${path}.id`, `'${entry.id}' is listed twice`);
      unitIds.add(entry.id);
    }
    if (typeof entry.serviceType !== 'string' || !serviceTypes.some((type) => type.code === entry.serviceType)) {
      report(`${path}.serviceType`, `must be one of ${serviceTypes.map((type) => type.code).join(', ')}`);
    }
    knownMunicipality(`${path}.hostMunicipality`, entry.hostMunicipality);
    validateServes(entry.serves, `${path}.serves`, report, knownMunicipality);
  });

  const practitioners = list(input, 'practitioners', report);
  const practitionerIds = new Set<string>();
  practitioners.forEach((entry, i) => {
    const path = `practitioners[${i}]`;
    if (!isObject(entry)) return report(path, 'must be an object');
    unknownKeys(entry, path, ['id', 'unitId', 'displayName', 'roles', 'activeFrom', 'activeTo'], report);
    fieldChecks(path, report, (p) => {
      checkEntityId(p, 'id', entry.id);
      if (entry.displayName !== undefined) checkName(p, 'displayName', entry.displayName);
      checkRoles(p, 'roles', entry.roles);
      checkDate(p, 'activeFrom', entry.activeFrom);
      if (entry.activeTo !== undefined) checkDate(p, 'activeTo', entry.activeTo);
    });
    if (isEntityId(entry.id)) {
      if (practitionerIds.has(entry.id)) report(`${path}.id`, `'${entry.id}' is listed twice`);
      practitionerIds.add(entry.id);
    }
    if (typeof entry.unitId !== 'string' || !unitIds.has(entry.unitId)) report(`${path}.unitId`, 'is not the id of a unit in units');
    if (isIsoDate(entry.activeFrom) && isIsoDate(entry.activeTo) && entry.activeTo <= entry.activeFrom) {
      report(`${path}.activeTo`, 'must be after activeFrom');
    }
  });

  return problems.length === 0 ? { ok: true, config: input as unknown as OrganisationConfig } : { ok: false, problems };
}

function validateServes(
  value: unknown,
  path: string,
  report: (path: string, message: string) => void,
  knownMunicipality: (path: string, value: unknown) => void,
): void {
  if (!Array.isArray(value)) return report(path, 'must be a list (empty when the unit serves nobody yet)');
  const periods: Array<{ index: number; kommunenummer: string; validFrom: string; validTo?: string }> = [];
  value.forEach((entry: unknown, j) => {
    const at = `${path}[${j}]`;
    if (!isObject(entry)) return report(at, 'must be an object');
    unknownKeys(entry, at, ['kommunenummer', 'validFrom', 'validTo'], report);
    fieldChecks(at, report, (p) => {
      checkKommunenummer(p, 'kommunenummer', entry.kommunenummer);
      checkDate(p, 'validFrom', entry.validFrom);
      if (entry.validTo !== undefined) checkDate(p, 'validTo', entry.validTo);
    });
    knownMunicipality(`${at}.kommunenummer`, entry.kommunenummer);
    const { kommunenummer, validFrom, validTo } = entry;
    if (!isKommunenummer(kommunenummer) || !isIsoDate(validFrom) || (validTo !== undefined && !isIsoDate(validTo))) return;
    if (validTo !== undefined && validTo <= validFrom) return report(`${at}.validTo`, 'must be after validFrom');
    const clash = periods.find((other) => other.kommunenummer === kommunenummer && periodsOverlap(other, { validFrom, validTo }));
    if (clash) return report(at, `overlaps ${path}[${clash.index}] for municipality ${kommunenummer}`);
    periods.push({ index: j, kommunenummer, validFrom, validTo });
  });
}

function list(input: Json, key: string, report: (path: string, message: string) => void): unknown[] {
  const value = input[key];
  if (Array.isArray(value)) return value;
  report(key, 'must be a list');
  return [];
}

function unknownKeys(entry: Json, path: string, allowed: readonly string[], report: (path: string, message: string) => void): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) report(path ? `${path}.${key}` : key, 'unknown field (misspelt?)');
  }
}

/** Runs the deciders' field checks and reports their problems under `path`. */
function fieldChecks(path: string, report: (path: string, message: string) => void, run: (problems: FieldProblems) => void): void {
  const problems = new FieldProblems();
  run(problems);
  for (const problem of problems.all) report(`${path}.${problem.field}`, problem.message);
}

/** One line per problem, for the start-up error. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
}
