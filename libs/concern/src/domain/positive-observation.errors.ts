import { DomainError } from '@stafett/kernel';

// Its refusals that no other stafettlogg entry has. Ids and levels only, never the texts.

/** A lysglimt belongs to the stafettlogg, which exists from level 1; at level 0 there is none to write in. */
export class PositiveObservationOutsideLogError extends DomainError {
  override readonly name = 'PositiveObservationOutsideLogError';
  readonly code = 'positive-observation-outside-log';
  constructor(
    readonly caseId: string,
    readonly level: number,
    levelLabel: string,
  ) {
    super(
      `Case ${caseId}: a positive observation needs the stafettlogg, which starts at level 1; the case is at level ${level}`,
      `Lysglimt føres i stafettloggen, som ikke finnes på ${levelLabel}. Stafettloggen åpnes fra nivå 1 med samtykke fra de foresatte.`,
    );
  }
}
