import type { ConfidentialityRule, RuleKind } from './confidentiality-rules';
import { RULE_KIND_ORDER } from './confidentiality-rules';
import { isAccessPurpose, isConfidentialityFamily, isInformationCategory } from './policy-vocabulary';

export interface RuleProblem {
  readonly path: string;
  readonly message: string;
}

export class InvalidConfidentialityRulesError extends Error {
  constructor(readonly problems: readonly RuleProblem[]) {
    super(`invalid confidentiality rules: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'InvalidConfidentialityRulesError';
  }
}

const ID = /^R\d+-[a-z0-9-]+$/;
const OUTCOMES = ['redacted', 'hidden'];

/** Parameters each kind must have, and what each must hold. */
const PARAMETERS: Record<RuleKind, Record<string, 'categories' | 'families' | 'purposes' | 'roles' | 'outcome' | 'flag'>> = {
  'purpose-required': { allowedPurposes: 'purposes' },
  'child-welfare-case': { categories: 'categories', viewerFamilies: 'families', relationRoles: 'roles' },
  'statutory-feedback': { categories: 'categories', senderFamilies: 'families', relationRoles: 'roles' },
  'own-service': { relationRoles: 'roles', withoutRelation: 'outcome' },
  compartment: { ownerFamilies: 'families', categories: 'categories', participantWithoutConsent: 'outcome', markedSensitiveStaysHidden: 'flag' },
  coordination: { categories: 'categories' },
  'other-service': { participantWithoutConsent: 'outcome' },
  'default-deny': {},
};

/**
 * Every problem of a rule set from configuration: unknown kinds, categories, families or purposes;
 * duplicate ids; missing texts or legal sources; a kind other than `compartment` missing or twice.
 * A rule set with problems must not be used: a typo in a category would silently drop a protection.
 */
export function validateConfidentialityRules(input: unknown, basePath = 'confidentialityRules'): RuleProblem[] {
  if (!Array.isArray(input)) return [{ path: basePath, message: 'must be a list' }];
  const problems: RuleProblem[] = [];
  const ids = new Set<string>();
  const kinds = new Map<string, number>();
  input.forEach((value: unknown, i) => {
    const path = `${basePath}[${i}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path, message: 'must be an object' });
      return;
    }
    const rule = value as Record<string, unknown>;
    if (typeof rule.id !== 'string' || !ID.test(rule.id)) problems.push({ path: `${path}.id`, message: 'must look like R<number>-<name>' });
    else if (ids.has(rule.id)) problems.push({ path: `${path}.id`, message: `'${rule.id}' is listed twice` });
    else ids.add(rule.id);
    if (typeof rule.legalSource !== 'string' || rule.legalSource.trim() === '') problems.push({ path: `${path}.legalSource`, message: 'must be a non-empty text' });
    const description = rule.description as Record<string, unknown> | undefined;
    for (const lang of ['nb', 'en']) {
      if (typeof description?.[lang] !== 'string' || (description[lang] as string).trim() === '') {
        problems.push({ path: `${path}.description.${lang}`, message: 'must be a non-empty text' });
      }
    }
    if (typeof rule.kind !== 'string' || !Object.hasOwn(PARAMETERS, rule.kind)) {
      problems.push({ path: `${path}.kind`, message: `must be one of ${RULE_KIND_ORDER.join(', ')}` });
      return;
    }
    kinds.set(rule.kind, (kinds.get(rule.kind) ?? 0) + 1);
    const parameters = PARAMETERS[rule.kind as RuleKind];
    for (const [key, expected] of Object.entries(parameters)) problems.push(...checkParameter(`${path}.${key}`, rule[key], expected));
    for (const key of Object.keys(rule)) {
      if (!['id', 'kind', 'description', 'legalSource', ...Object.keys(parameters)].includes(key)) problems.push({ path: `${path}.${key}`, message: 'unknown field' });
    }
  });
  for (const kind of RULE_KIND_ORDER) {
    const count = kinds.get(kind) ?? 0;
    if (kind !== 'compartment' && count !== 1) problems.push({ path: basePath, message: `needs exactly one rule of kind '${kind}', has ${count}` });
  }
  return problems;
}

/** The rule set, or an InvalidConfidentialityRulesError listing every problem. */
export function parseConfidentialityRules(input: unknown): readonly ConfidentialityRule[] {
  const problems = validateConfidentialityRules(input);
  if (problems.length > 0) throw new InvalidConfidentialityRulesError(problems);
  return input as readonly ConfidentialityRule[];
}

function checkParameter(path: string, value: unknown, expected: string): RuleProblem[] {
  if (expected === 'flag') return typeof value === 'boolean' ? [] : [{ path, message: 'must be true or false' }];
  if (expected === 'outcome') return OUTCOMES.includes(value as string) ? [] : [{ path, message: `must be one of ${OUTCOMES.join(', ')}` }];
  if (!Array.isArray(value)) return [{ path, message: 'must be a list' }];
  const known = { categories: isInformationCategory, families: isConfidentialityFamily, purposes: isAccessPurpose, roles: isRole }[expected];
  return value.flatMap((item: unknown, i) => (known?.(item) ? [] : [{ path: `${path}[${i}]`, message: `unknown ${expected.replace(/s$/, '').replace(/ie$/, 'y')} '${String(item)}'` }]));
}

function isRole(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value);
}
