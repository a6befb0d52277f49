/**
 * Who reported, in the categories child-welfare statistics use (domain reference § 6). Public
 * reporters (`offentlig melder`) have the duty to report and a right to more feedback than
 * private ones; the kind is recorded separately because 'andre' can be either.
 */
export const REPORTER_CATEGORIES = [
  'barnehage',
  'skole',
  'helsestasjon-skolehelsetjeneste',
  'lege',
  'politi',
  'nav',
  'ppt',
  'bup',
  'barnevernvakt',
  'foreldre',
  'barnet-selv',
  'andre',
] as const;

export type ReporterCategory = (typeof REPORTER_CATEGORIES)[number];

export type ReporterKind = 'public' | 'private';

/** The categories whose reporter is always a public service, and those always private. */
const PUBLIC_ONLY: ReadonlySet<ReporterCategory> = new Set(['barnehage', 'skole', 'helsestasjon-skolehelsetjeneste', 'lege', 'politi', 'nav', 'ppt', 'bup', 'barnevernvakt']);
const PRIVATE_ONLY: ReadonlySet<ReporterCategory> = new Set(['foreldre', 'barnet-selv']);

export function isReporterCategory(value: unknown): value is ReporterCategory {
  return typeof value === 'string' && (REPORTER_CATEGORIES as readonly string[]).includes(value);
}

/** Whether a category can report as this kind; 'andre' fits both. */
export function categoryFitsKind(category: ReporterCategory, kind: ReporterKind): boolean {
  return kind === 'public' ? !PRIVATE_ONLY.has(category) : !PUBLIC_ONLY.has(category);
}
