import { InvalidCommandError } from '@stafett/kernel';
import { categoryFitsKind, isReporterCategory, type ReporterCategory, type ReporterKind } from '../domain/reporter-category';
import type { BekymringsmeldingV2 } from '../format/bekymringsmelding.types';
import { reporterCategoryOfDocument } from '../format/ks-reporter-category';

/**
 * The category of a report intake registers: what intake says, else what the document's reporter
 * tells (a health nurse, a midwife, a parent), never a default; it must fit the reporter's kind.
 */
export function reporterCategoryFor(document: BekymringsmeldingV2, given: string | undefined, kind: ReporterKind): ReporterCategory {
  const category = given ?? reporterCategoryOfDocument(document);
  if (category === undefined) {
    throw new InvalidCommandError('RegisterReport', [
      {
        field: 'reporterCategory',
        message: 'the document does not tell the reporter category',
        userMessage: 'Oppgi meldergruppen (reporterCategory): den kan ikke leses av melderen i meldingen.',
      },
    ]);
  }
  if (!isReporterCategory(category) || !categoryFitsKind(category, kind)) {
    throw new InvalidCommandError('RegisterReport', [
      { field: 'reporterCategory', message: `not a ${kind} reporter category`, userMessage: 'Meldergruppen passer ikke med meldingen.' },
    ]);
  }
  return category;
}
