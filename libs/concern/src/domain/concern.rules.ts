import { LEVELS, type Level } from './concern.values';

/** What a municipality's guide (handlingsveileder) calls a level. The four-level structure is fixed; names are not. */
export interface LevelDefinition {
  readonly level: Level;
  readonly nameNb: string;
  readonly nameEn: string;
}

/** Per-municipality configuration of the BTI case (domain.md section 2: names and deadlines vary). */
export interface ConcernRules {
  /** One entry per level 0-3, in order. */
  readonly levels: readonly LevelDefinition[];
  /** Days from registration (or reopening at level 0) to the level-0 decision. Tromsø's guide: 14. */
  readonly decisionDeadlineDays: number;
  /**
   * Whether a leader of the unit that owns the case may, besides the stafettholder, change the level,
   * hand over, take services in, close and reopen (issue 10). Off by default: the baton decides.
   */
  readonly leaderMayCoordinate: boolean;
}

export const DEFAULT_LEVELS: readonly LevelDefinition[] = [
  { level: 0, nameNb: 'Undring', nameEn: 'Wondering' },
  { level: 1, nameNb: 'Tiltak i egen tjeneste', nameEn: 'Measures within own service' },
  { level: 2, nameNb: 'Samarbeid med en annen tjeneste', nameEn: 'Cooperation with another service' },
  { level: 3, nameNb: 'Bredt tverrfaglig samarbeid', nameEn: 'Broad interdisciplinary cooperation' },
];

export const DEFAULT_CONCERN_RULES: ConcernRules = { levels: DEFAULT_LEVELS, decisionDeadlineDays: 14, leaderMayCoordinate: false };

/** The rules of the municipality a case belongs to. */
export interface ConcernRulesSource {
  forMunicipality(kommunenummer: string): ConcernRules;
}

/**
 * The one place the per-municipality case rules are configured for now (issue 13 turns them into
 * versioned configuration): `CASE_LEADER_MAY_COORDINATE` lists the municipalities (`5028,5029`, or
 * `all`) where the owning unit's leader may act as the stafettholder does. Unset: nowhere.
 */
export function concernRulesSourceFromEnv(env: NodeJS.ProcessEnv, base: ConcernRules = DEFAULT_CONCERN_RULES): ConcernRulesSource {
  const setting = (env.CASE_LEADER_MAY_COORDINATE ?? '').trim();
  const listed = new Set(setting.split(',').map((k) => k.trim()).filter((k) => k !== ''));
  const bad = [...listed].filter((k) => k !== 'all' && !/^\d{4}$/.test(k));
  if (bad.length > 0) throw new Error(`CASE_LEADER_MAY_COORDINATE: not a kommunenummer or 'all': ${bad.join(', ')}`);
  const withLeader = { ...base, leaderMayCoordinate: true };
  return { forMunicipality: (kommunenummer) => (listed.has('all') || listed.has(kommunenummer) ? withLeader : base) };
}

export const MAX_DECISION_DEADLINE_DAYS = 90;

/** The level's Norwegian name for user messages, e.g. `nivå 1 (Tiltak i egen tjeneste)`. */
export function levelLabel(rules: ConcernRules, level: Level): string {
  const name = rules.levels.find((definition) => definition.level === level)?.nameNb;
  return name ? `nivå ${level} (${name})` : `nivå ${level}`;
}

export interface ConcernRulesProblem {
  readonly path: string;
  readonly message: string;
}

/** Every problem of a municipality's rules, for the configuration loader; empty when they are usable. */
export function validateConcernRules(input: unknown, basePath = 'concern'): ConcernRulesProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [{ path: basePath, message: 'must be an object' }];
  const rules = input as Record<string, unknown>;
  const problems: ConcernRulesProblem[] = [];
  if (rules.leaderMayCoordinate !== undefined && typeof rules.leaderMayCoordinate !== 'boolean') {
    problems.push({ path: `${basePath}.leaderMayCoordinate`, message: 'must be true or false' });
  }
  const days = rules.decisionDeadlineDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_DECISION_DEADLINE_DAYS) {
    problems.push({ path: `${basePath}.decisionDeadlineDays`, message: `must be a whole number of days from 1 to ${MAX_DECISION_DEADLINE_DAYS}` });
  }
  const levels = rules.levels;
  if (!Array.isArray(levels) || levels.length !== LEVELS.length) {
    problems.push({ path: `${basePath}.levels`, message: `must list the ${LEVELS.length} levels 0-3` });
    return problems;
  }
  levels.forEach((entry: unknown, i) => {
    const path = `${basePath}.levels[${i}]`;
    const definition = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (definition.level !== i) problems.push({ path: `${path}.level`, message: `must be ${i}` });
    for (const key of ['nameNb', 'nameEn'] as const) {
      const value = definition[key];
      if (typeof value !== 'string' || value.trim() === '' || value.length > 100) {
        problems.push({ path: `${path}.${key}`, message: 'must be a text of 1-100 characters' });
      }
    }
  });
  return problems;
}

/** Rules from a partial configuration, defaults filling the gaps; throws when the result is unusable. */
export function concernRules(overrides: Partial<ConcernRules> = {}): ConcernRules {
  const rules: ConcernRules = { ...DEFAULT_CONCERN_RULES, ...overrides };
  const problems = validateConcernRules(rules);
  if (problems.length > 0) throw new Error(`Invalid concern rules: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return rules;
}
