import type { ConsentFacts, InformationCategory } from '../../libs/access/src/domain/timeline-entry';

/** A case entry carrying a marker: whose it is and what kind, as the history wrote it. */
export interface EntryFact {
  readonly ownerUnitId: string;
  readonly category: InformationCategory;
  readonly investigationSensitive: boolean;
}

/** What a marker is, for the oracle. */
export type MarkerFact =
  | { readonly kind: 'entry'; readonly entry: EntryFact }
  | { readonly kind: 'registration' }
  | { readonly kind: 'consent'; readonly consentIndex: number }
  | { readonly kind: 'report' };

/** What happened in one history, as the HTTP answers told it: the oracle's only input. */
export interface HistoryFacts {
  readonly index: number;
  childId: string;
  caseId: string;
  reportId?: string;
  ownerUnitId: string;
  /** Units that joined (their join was accepted). */
  readonly joined: Set<string>;
  holderId?: string;
  holderUnitId?: string;
  /** Practitioners who wrote anything in the case, or are responsible for a measure in it. */
  readonly personal: Set<string>;
  /** Every consent recorded, as recorded, with its withdrawal when it came. */
  readonly consents: ConsentFacts[];
  readonly markers: Map<string, MarkerFact>;
  /** Writes the application accepted. */
  written: number;
  /** Writes the plan asked for that the application refused, by what was asked: the run must not only bounce. */
  readonly refused: string[];
}
