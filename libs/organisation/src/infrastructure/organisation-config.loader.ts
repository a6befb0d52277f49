import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConfigProblem, OrganisationConfig } from '../domain/organisation-config.types';
import { formatConfigProblems, validateOrganisationConfig } from '../domain/organisation-config.validator';

/** Copied next to the compiled code by the build (`swc --copy-files`). */
export const DEMO_ORGANISATION_CONFIG_PATH = join(__dirname, 'demo-organisation.json');

/** The organisation file cannot be used; `problems` lists all of them. */
export class OrganisationConfigError extends Error {
  override readonly name = 'OrganisationConfigError';

  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(`Organisation configuration ${file} has ${problems.length} problem(s):\n${formatConfigProblems(problems)}`);
  }
}

/** Reads and validates the file at start-up; throws OrganisationConfigError with every problem. */
export async function loadOrganisationConfig(file: string): Promise<OrganisationConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : `cannot be read (${(error as Error).message})`;
    throw new OrganisationConfigError(file, [{ path: '(file)', message: reason }]);
  }
  const result = validateOrganisationConfig(parsed);
  if (!result.ok) throw new OrganisationConfigError(file, result.problems);
  return result.config;
}
