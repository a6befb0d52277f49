import { ErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentRef } from 'react';
import { fieldErrors, type FieldErrors, type Problem } from '../api/problem';

/** A form field the server may name in a refusal: its request path and its input's element id. */
export interface FormField {
  readonly name: string;
  readonly id: string;
  readonly label: string;
}

/**
 * What a form needs to show a server refusal (problem+json with `errors`) next to the fields it
 * names: give each field its `error` (Designsystemet's Textfield, Select, ... show it beside the
 * field and tie it to the input with aria-describedby), and render {@link FormErrorSummary} above
 * the form.
 */
export function useFieldErrors(problem: Problem | undefined, fields: readonly FormField[]): FieldErrors & { errorFor(name: string): string | undefined } {
  const errors = fieldErrors(
    problem,
    fields.map((field) => field.name),
  );
  return { ...errors, errorFor: (name) => errors.byField[name]?.join(' ') };
}

/**
 * The summary of a refused form, focused when it appears: each message links to its field; those
 * naming no field of the form are listed as they are.
 */
export function FormErrorSummary({ problem, fields }: { readonly problem: Problem | undefined; readonly fields: readonly FormField[] }) {
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (problem) summary.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const { byField, other } = fieldErrors(
    problem,
    fields.map((field) => field.name),
  );
  const linked = fields.filter((field) => byField[field.name]);
  return (
    <ErrorSummary ref={summary}>
      <ErrorSummary.Heading>{problem.detail || problem.title}</ErrorSummary.Heading>
      {linked.length + other.length > 0 && (
        <ErrorSummary.List>
          {linked.map((field) => (
            <ErrorSummary.Item key={field.name}>
              <ErrorSummary.Link href={`#${field.id}`}>
                {field.label}: {byField[field.name]!.join(' ')}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          ))}
          {other.map((error) => (
            <ErrorSummary.Item key={`${error.field}:${error.message}`}>{error.message}</ErrorSummary.Item>
          ))}
        </ErrorSummary.List>
      )}
    </ErrorSummary>
  );
}
