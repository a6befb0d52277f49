import { ArrayMaxSize, IsArray, IsIn, IsObject, ValidateIf } from 'class-validator';
import { MAX_REASON_LENGTH, REPORTER_CATEGORIES } from '@stafett/child-welfare';
import { IsDateTimeWithZone, IsText, IsUuidId, MayOmit } from '@stafett/platform';

const REVIEW_OUTCOMES = ['dismiss', 'investigate', 'refer-low-threshold'];
const INVESTIGATION_OUTCOMES = ['closed', 'followed-up'];
const RECEIPT_EXEMPTION_GROUNDS = ['obviously-unfounded', 'special-reasons'];
const ksDocument = { message: 'Oppgi bekymringsmeldingen som et JSON-objekt i KS Fiks-formatet (versjon 2).' };

// Shapes only: the KS document is checked against KS's own schema (every error listed, 422), its
// national ids and children by the application, and the decider checks the rest. Messages describe
// the rule, never the value.

/** A unit files a report: the KS offentlig document (which names the children), and the BTI case it comes from. */
export class FileReportDto {
  @IsObject(ksDocument)
  document: Record<string, unknown>;

  /** Optional: the children come from the document. When given, it must be the one child the document names. */
  @MayOmit()
  @IsUuidId()
  childId?: string;

  @MayOmit()
  @IsUuidId()
  caseId?: string;
}

/** Intake registers a report from a private person (KS privat) or the police (KS offentlig). */
export class RegisterReportDto {
  @IsObject(ksDocument)
  document: Record<string, unknown>;

  /** The children of a KS privat document (which has no national ids), in its order; for KS offentlig they come from the document. */
  @MayOmit()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUuidId({ each: true })
  childIds?: string[];

  /** Needed when the document's reporter does not tell it (see docs/intake.md). */
  @MayOmit()
  @IsIn(REPORTER_CATEGORIES)
  reporterCategory?: string;

  /** When child welfare received it, with its zone; now when absent. */
  @MayOmit()
  @IsDateTimeWithZone()
  receivedAt?: string;
}

export class ReviewReportDto {
  @IsIn(REVIEW_OUTCOMES, { message: 'Velg henlegge (dismiss), undersøke (investigate) eller lavterskeltilbud (refer-low-threshold).' })
  outcome: 'dismiss' | 'investigate' | 'refer-low-threshold';

  /** Required when the report is dismissed or referred: a decision to close is reasoned in writing (§ 2-1). */
  @ValidateIf((review: ReviewReportDto) => review.outcome !== 'investigate' || review.reason !== undefined)
  @IsText(MAX_REASON_LENGTH)
  reason?: string;
}

export class ExtendInvestigationDto {
  @IsText(MAX_REASON_LENGTH)
  reason: string;
}

export class ConcludeInvestigationDto {
  @IsIn(INVESTIGATION_OUTCOMES, { message: 'Velg henlagt (closed) eller følges opp (followed-up).' })
  outcome: 'closed' | 'followed-up';
}

export class ReceiptExemptionDto {
  @IsIn(RECEIPT_EXEMPTION_GROUNDS, { message: 'Velg åpenbart grunnløs (obviously-unfounded) eller særlige grunner (special-reasons).' })
  ground: 'obviously-unfounded' | 'special-reasons';

  @IsText(MAX_REASON_LENGTH)
  reason: string;
}
