import { categoryFitsKind, type ReporterCategory, type ReporterKind } from './reporter-category';

/**
 * Reporters with a statutory duty to report (opplysningsplikt: public services, and the professions
 * behind the public categories) are owed the extended feedback (investigation opened or not; closed
 * or followed up), whatever KS form they used. Every reporter gets the receipt. (Legal review, issue
 * 10 item 6; barnevernsloven kap. 13, section to be confirmed on Lovdata.)
 */
export function owedExtendedFeedback(report: { readonly reporterKind: ReporterKind; readonly reporterCategory: ReporterCategory }): boolean {
  // A category that cannot be a private person's is a public service's, with the duty.
  return report.reporterKind === 'public' || !categoryFitsKind(report.reporterCategory, 'private');
}
