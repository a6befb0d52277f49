import type { OffentligBekymringsmeldingV2, PrivatBekymringsmeldingV2 } from '../format/bekymringsmelding.types';

/**
 * The content of a report as the application stores it (opaque to the decider): the KS Fiks v2
 * document it came as, public (`offentlig`) or private (`privat`). Intake types a phone call or a
 * letter into the same format, so every report can be exported as one.
 */
export type ReportContent =
  | { readonly kind: 'ks'; readonly variant: 'offentlig'; readonly document: OffentligBekymringsmeldingV2 }
  | { readonly kind: 'ks'; readonly variant: 'privat'; readonly document: PrivatBekymringsmeldingV2 };

export function isReportContent(value: unknown): value is ReportContent {
  const content = value as Partial<ReportContent> | null;
  return typeof content === 'object' && content !== null && content.kind === 'ks' && (content.variant === 'offentlig' || content.variant === 'privat');
}
