import { ApiProperty } from '@nestjs/swagger';

// The shapes the worklist endpoints answer with, for the API description (and the web front's
// generated client). A test validates real answers against them, so they cannot drift apart.

export class WorklistPractitionerRefView {
  @ApiProperty({ example: 'demo-barnehage' }) unitId: string;
  @ApiProperty({ example: 'demo-barnehage-pedagog' }) practitionerId: string;
}

export class CountsByLevelView {
  @ApiProperty({ name: '0' }) 0: number;
  @ApiProperty({ name: '1' }) 1: number;
  @ApiProperty({ name: '2' }) 2: number;
  @ApiProperty({ name: '3' }) 3: number;
}

export class OpenCaseItemView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ enum: [0, 1, 2, 3] }) level: number;
  @ApiProperty() owningUnit: string;
  @ApiProperty({ type: WorklistPractitionerRefView, nullable: true }) stafettholder: WorklistPractitionerRefView | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OpenCasesView {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: CountsByLevelView }) countsByLevel: CountsByLevelView;
  @ApiProperty({ type: [OpenCaseItemView] }) items: OpenCaseItemView[];
}

export class LevelZeroDecisionItemView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ format: 'date', example: '2026-03-25' }) decisionDueOn: string;
  @ApiProperty({ description: 'Whole days from today; negative when overdue.', example: 5 }) daysLeft: number;
}

export class LevelZeroDecisionsView {
  @ApiProperty() unitId: string;
  @ApiProperty({ format: 'date', description: "Today's date in Norway (Europe/Oslo)." }) today: string;
  @ApiProperty({ type: [LevelZeroDecisionItemView] }) due: LevelZeroDecisionItemView[];
  @ApiProperty({ type: [LevelZeroDecisionItemView] }) overdue: LevelZeroDecisionItemView[];
}

export class EvaluationItemView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ enum: [0, 1, 2, 3] }) level: number;
  @ApiProperty() responsiblePractitionerId: string;
  @ApiProperty({ format: 'date' }) nextEvaluationOn: string;
  @ApiProperty({ description: 'Whole days from today; negative when overdue.' }) daysLeft: number;
}

export class EvaluationsView {
  @ApiProperty() unitId: string;
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty() withinDays: number;
  @ApiProperty({ type: [EvaluationItemView] }) due: EvaluationItemView[];
  @ApiProperty({ type: [EvaluationItemView] }) overdue: EvaluationItemView[];
}

export class HandoverItemView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ enum: [0, 1, 2, 3] }) level: number;
  @ApiProperty({ type: WorklistPractitionerRefView }) from: WorklistPractitionerRefView;
  @ApiProperty({ type: WorklistPractitionerRefView }) to: WorklistPractitionerRefView;
  @ApiProperty({ format: 'date-time' }) proposedAt: string;
}

export class HandoversView {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: [HandoverItemView] }) items: HandoverItemView[];
}

export class CaseWithoutStafettholderItemView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ enum: [0, 1, 2, 3] }) level: number;
  @ApiProperty() owningUnit: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WithoutStafettholderView {
  @ApiProperty() unitId: string;
  @ApiProperty({ type: [CaseWithoutStafettholderItemView] }) items: CaseWithoutStafettholderItemView[];
}

export class ExpiringConsentItemView {
  @ApiProperty({ format: 'uuid' }) consentId: string;
  @ApiProperty({ format: 'uuid' }) childId: string;
  @ApiProperty({ type: [String] }) caseIds: string[];
  @ApiProperty({ format: 'date', description: 'The first day the consent no longer covers.' }) validTo: string;
  @ApiProperty() daysLeft: number;
}

export class ExpiringConsentsView {
  @ApiProperty() practitionerId: string;
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty() withinDays: number;
  @ApiProperty({ type: [ExpiringConsentItemView] }) items: ExpiringConsentItemView[];
}
