import { ajvProblem, problem } from '@stafett/platform';
import { importBekymringsmelding } from '../format/bekymringsmelding.exchange';
import type { BekymringsmeldingV2 } from '../format/bekymringsmelding.types';
import type { SchemaProblem } from '../format/bekymringsmelding.validator';

/** 422 listing every schema problem in Norwegian, each naming its field (`document.…`); never the document's values. */
export function notKsDocument(errors: readonly SchemaProblem[]) {
  return problem(
    422,
    'invalid-bekymringsmelding',
    'Kan ikke behandles',
    'Bekymringsmeldingen følger ikke KS Fiks-formatet (versjon 2). Ingenting er lagret.',
    errors.map((e) =>
      e.keyword === 'variant'
        ? { field: 'document', message: 'Meldingen må ha offentligMelder og offentligBarn (offentlig melder) eller privatMelder og privatBarn (privat melder), ikke begge.' }
        : ajvProblem({ instancePath: e.path, keyword: e.keyword, params: e.params }, 'document'),
    ),
  );
}

/** The request's document as a KS Fiks v2 bekymringsmelding, or the 422. */
export function ksDocumentOf(document: unknown): BekymringsmeldingV2 {
  const imported = importBekymringsmelding(document);
  if (!imported.ok) throw notKsDocument(imported.errors);
  return imported.variant === 'privat' ? { variant: 'privat', document: imported.document } : { variant: 'offentlig', document: imported.document };
}
