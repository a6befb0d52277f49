import type { Instant } from '@stafett/kernel';
import type { BekymringsmeldingV2, OffentligBekymringsmeldingV2, PrivatBekymringsmeldingV2 } from './bekymringsmelding.types';
import { validateBekymringsmelding, type SchemaProblem } from './bekymringsmelding.validator';
import { formatSendingstidspunkt, parseSendingstidspunkt } from './sendingstidspunkt';

export type BekymringsmeldingImport =
  | ({ readonly ok: true; readonly sentAt: Instant } & BekymringsmeldingV2)
  | { readonly ok: false; readonly errors: readonly SchemaProblem[] };

/**
 * An incoming document as the API takes it: schema-valid, and with a `sendingstidspunkt` we can
 * read. The schema alone does not check the time (`format` is an annotation), yet the clock needs
 * it, so an unreadable time is one more 422 problem, reported in the schema's terms.
 */
export function importBekymringsmelding(doc: unknown): BekymringsmeldingImport {
  const validation = validateBekymringsmelding(doc);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  const time = parseSendingstidspunkt(validation.document.sendingstidspunkt);
  if (!time.ok) return { ok: false, errors: [{ path: '/sendingstidspunkt', keyword: 'format', message: time.message }] };
  return { ...validation, sentAt: time.instant };
}

/** Thrown when our own export would not pass KS's schema: a bug on our side, never the user's. */
export class InvalidExportError extends Error {
  override readonly name = 'InvalidExportError';

  constructor(readonly errors: readonly SchemaProblem[]) {
    // Paths and keywords only: messages could echo the document's (personal) values.
    super(`Exported bekymringsmelding fails the KS schema at ${errors.map((e) => `${e.path || '/'} (${e.keyword})`).join(', ')}`);
  }
}

/**
 * Prepares a document for export: `sendingstidspunkt` in the form KS's reference consumer reads
 * (Oslo local time without offset), then checked against the schema so that nothing invalid leaves.
 */
export function exportBekymringsmelding(value: BekymringsmeldingV2, sentAt: Instant): BekymringsmeldingV2 {
  const sendingstidspunkt = formatSendingstidspunkt(sentAt);
  const exported: BekymringsmeldingV2 =
    value.variant === 'offentlig'
      ? { variant: 'offentlig', document: { ...value.document, sendingstidspunkt } satisfies OffentligBekymringsmeldingV2 }
      : { variant: 'privat', document: { ...value.document, sendingstidspunkt } satisfies PrivatBekymringsmeldingV2 };
  const validation = validateBekymringsmelding(exported.document);
  if (!validation.ok) throw new InvalidExportError(validation.errors);
  if (validation.variant !== exported.variant) throw new InvalidExportError([{ path: '', keyword: 'variant', message: `exported as ${validation.variant}` }]);
  return exported;
}
