/** One bad field of a refused request, as the API names it (`guardians[0].name`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** An RFC 9457 problem+json answer; `title`, `detail` and every message are in Norwegian. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly FieldProblem[];
}

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { title, status, detail } = body as Record<string, unknown>;
  return typeof title === 'string' && typeof status === 'number' && typeof detail === 'string';
}

/** A refusal when the answer carried none we can read (the network, a proxy's HTML page). */
export function unreadableProblem(status: number): Problem {
  return {
    type: 'about:blank',
    title: status === 0 ? 'Får ikke kontakt' : 'Noe gikk galt',
    status,
    detail: status === 0 ? 'Stafett svarer ikke. Sjekk nettforbindelsen og prøv igjen.' : 'Forespørselen kunne ikke fullføres. Prøv igjen senere.',
  };
}

export interface FieldErrors {
  /** Messages per form field, for the fields the form has. */
  readonly byField: Readonly<Record<string, readonly string[]>>;
  /** Messages naming no field of the form (or no field at all): shown in the summary only. */
  readonly other: readonly FieldProblem[];
}

/**
 * Sorts a problem's field messages onto a form's fields. A message about `guardians[0].name`
 * belongs to the form field `guardians[0].name` if the form has it, or else to the nearest field
 * it has above it (`guardians[0]`, then `guardians`).
 */
export function fieldErrors(problem: Problem | undefined, formFields: readonly string[]): FieldErrors {
  const byField: Record<string, string[]> = {};
  const other: FieldProblem[] = [];
  for (const error of problem?.errors ?? []) {
    const field = ownerOf(error.field, formFields);
    if (field === undefined) other.push(error);
    else (byField[field] ??= []).push(error.message);
  }
  return { byField, other };
}

function ownerOf(path: string, formFields: readonly string[]): string | undefined {
  let candidate = path;
  while (candidate) {
    if (formFields.includes(candidate)) return candidate;
    const parent = candidate.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
    if (parent === candidate) break;
    candidate = parent;
  }
  return undefined;
}
