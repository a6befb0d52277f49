/**
 * Brings a BTI case to a stage of the kindergarten's journey, each test on a case of its own, so that
 * no test depends on what an earlier one left behind. The spec gives the steps (its request bodies,
 * its texts); this helper only knows their order.
 */
export const CASE_STAGES = ['registered', 'conversation-recorded', 'level-1', 'level-2', 'closed', 'reopened'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export interface CaseJourneySteps {
  /** Registers a concern about the child and answers the new case's id. */
  register(childId: string): Promise<string>;
  /** The step that leads from the stage before to this one. */
  readonly steps: Readonly<Record<Exclude<CaseStage, 'registered'>, (caseId: string) => Promise<unknown>>>;
}

export async function caseAt(stage: CaseStage, childId: string, journey: CaseJourneySteps): Promise<string> {
  const caseId = await journey.register(childId);
  for (const next of CASE_STAGES.slice(1, CASE_STAGES.indexOf(stage) + 1) as Array<Exclude<CaseStage, 'registered'>>) {
    await journey.steps[next](caseId);
  }
  return caseId;
}
