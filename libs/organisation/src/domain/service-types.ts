/**
 * The confidentiality rules a service's information falls under (domain.md section 5). The policy
 * module decides visibility by family, so a municipality's own service types need only a family.
 */
export const CONFIDENTIALITY_FAMILIES = ['health', 'nav', 'police', 'child-welfare', 'education', 'other'] as const;

export type ConfidentialityFamily = (typeof CONFIDENTIALITY_FAMILIES)[number];

export interface ServiceTypeDefinition {
  /** Stable code stored in events: lower-case letters, digits and dashes. */
  readonly code: string;
  readonly nameNb: string;
  readonly nameEn: string;
  readonly family: ConfidentialityFamily;
}

/**
 * Norwegian defaults (domain.md section 1). A municipality may replace the list in its configuration
 * file; codes already used by registered units must stay in it.
 */
export const DEFAULT_SERVICE_TYPES: readonly ServiceTypeDefinition[] = [
  { code: 'barnehage', nameNb: 'Barnehage', nameEn: 'Kindergarten', family: 'education' },
  { code: 'skole', nameNb: 'Skole', nameEn: 'School', family: 'education' },
  { code: 'ppt', nameNb: 'Pedagogisk-psykologisk tjeneste (PPT)', nameEn: 'Educational-psychological service', family: 'education' },
  { code: 'helsestasjon', nameNb: 'Helsestasjon', nameEn: 'Child health clinic', family: 'health' },
  { code: 'skolehelsetjeneste', nameNb: 'Skolehelsetjenesten', nameEn: 'School health service', family: 'health' },
  { code: 'fastlege', nameNb: 'Fastlege', nameEn: 'General practitioner', family: 'health' },
  { code: 'jordmor', nameNb: 'Jordmortjeneste', nameEn: 'Midwife service', family: 'health' },
  { code: 'bup', nameNb: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', nameEn: 'Child and adolescent psychiatry', family: 'health' },
  { code: 'kommunal-psykisk-helse', nameNb: 'Kommunal psykisk helsetjeneste', nameEn: 'Municipal mental health service', family: 'health' },
  { code: 'nav', nameNb: 'NAV', nameEn: 'Labour and welfare (NAV)', family: 'nav' },
  { code: 'politi', nameNb: 'Politi', nameEn: 'Police', family: 'police' },
  // SLT coordinators are municipal staff, but what they learn comes under the police's rules.
  { code: 'slt', nameNb: 'SLT (samordning av lokale kriminalitetsforebyggende tiltak)', nameEn: 'Crime-prevention coordination (SLT)', family: 'police' },
  { code: 'barneverntjeneste', nameNb: 'Barneverntjeneste', nameEn: 'Child welfare service', family: 'child-welfare' },
  { code: 'barnevernvakt', nameNb: 'Barnevernvakt', nameEn: 'Child welfare on-call service', family: 'child-welfare' },
  { code: 'familiens-hus', nameNb: 'Familiens hus / familietiltak', nameEn: 'Family centre (low-threshold family services)', family: 'other' },
  { code: 'koordinerende-enhet', nameNb: 'Koordinerende enhet', nameEn: 'Coordinating unit', family: 'other' },
];

export interface ServiceTypeProblem {
  readonly path: string;
  readonly message: string;
}

const CODE = /^[a-z0-9][a-z0-9-]{0,49}$/;

/** Every problem of a service-type list, with paths relative to `basePath`. */
export function validateServiceTypes(input: unknown, basePath = 'serviceTypes'): ServiceTypeProblem[] {
  if (!Array.isArray(input)) return [{ path: basePath, message: 'must be a list' }];
  if (input.length === 0) return [{ path: basePath, message: 'must not be empty' }];
  const problems: ServiceTypeProblem[] = [];
  const seen = new Set<string>();
  input.forEach((entry: unknown, i) => {
    const path = `${basePath}[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ path, message: 'must be an object' });
      return;
    }
    const type = entry as Record<string, unknown>;
    if (typeof type.code !== 'string' || !CODE.test(type.code)) {
      problems.push({ path: `${path}.code`, message: 'must be lower-case letters, digits and dashes' });
    } else if (seen.has(type.code)) {
      problems.push({ path: `${path}.code`, message: `'${type.code}' is listed twice` });
    } else {
      seen.add(type.code);
    }
    for (const key of ['nameNb', 'nameEn'] as const) {
      if (typeof type[key] !== 'string' || (type[key] as string).trim() === '') {
        problems.push({ path: `${path}.${key}`, message: 'must be a non-empty text' });
      }
    }
    if (!(CONFIDENTIALITY_FAMILIES as readonly unknown[]).includes(type.family)) {
      problems.push({ path: `${path}.family`, message: `must be one of ${CONFIDENTIALITY_FAMILIES.join(', ')}` });
    }
    for (const key of Object.keys(type)) {
      if (!['code', 'nameNb', 'nameEn', 'family'].includes(key)) problems.push({ path: `${path}.${key}`, message: 'unknown field' });
    }
  });
  return problems;
}

export function findServiceType(types: readonly ServiceTypeDefinition[], code: string): ServiceTypeDefinition | undefined {
  return types.find((type) => type.code === code);
}
