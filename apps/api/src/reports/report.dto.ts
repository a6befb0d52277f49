import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const MAX_REASON = 4000;
const REVIEW_OUTCOMES = ['dismiss', 'investigate', 'refer-low-threshold'];
const INVESTIGATION_OUTCOMES = ['closed', 'followed-up'];
const RECEIPT_EXEMPTION_GROUNDS = ['obviously-unfounded', 'special-reasons'];

const id = { message: 'Id-en må være en UUID.' };
const text = { message: 'Feltet må være tekst.' };
const reason = { message: `Begrunnelsen kan ha høyst ${MAX_REASON} tegn.` };
const ksDocument = { message: 'Oppgi bekymringsmeldingen som et JSON-objekt i KS Fiks-formatet (versjon 2).' };

// Shapes only: the KS document is checked against KS's own schema (every error listed, 422), and
// the decider checks the rest. Messages describe the rule, never the value.

/** A unit files a report: the KS offentlig document, the child, and the BTI case it comes from. */
export class FileReportDto {
  @IsObject(ksDocument)
  document: Record<string, unknown>;

  /** Leave out only for an unborn child (every `offentligBarn` has `ufoedt: true`). */
  @IsOptional()
  @Matches(UUID, id)
  childId?: string;

  @IsOptional()
  @Matches(UUID, id)
  caseId?: string;
}

/** Intake registers a report from a private person (KS privat) or the police (KS offentlig). */
export class RegisterReportDto {
  @IsObject(ksDocument)
  document: Record<string, unknown>;

  @IsOptional()
  @IsArray({ message: 'Oppgi barna som en liste.' })
  @ArrayMaxSize(20, { message: 'Listen kan ha høyst 20 barn.' })
  @Matches(UUID, { each: true, ...id })
  childIds?: string[];

  /** foreldre, barnet-selv or andre for a private person; politi (default for an offentlig document). */
  @IsOptional()
  @IsString(text)
  @MaxLength(50, text)
  reporterCategory?: string;

  @IsOptional()
  @Matches(INSTANT, { message: 'Mottakstidspunktet skrives som ISO 8601 i UTC, f.eks. 2026-03-02T08:15:00Z.' })
  receivedAt?: string;
}

export class ReviewReportDto {
  @IsIn(REVIEW_OUTCOMES, { message: 'Velg henlegge (dismiss), undersøke (investigate) eller lavterskeltilbud (refer-low-threshold).' })
  outcome: 'dismiss' | 'investigate' | 'refer-low-threshold';

  @IsOptional()
  @IsString(text)
  @MaxLength(MAX_REASON, reason)
  reason?: string;
}

export class ExtendInvestigationDto {
  @IsString(text)
  @MaxLength(MAX_REASON, reason)
  reason: string;
}

export class ConcludeInvestigationDto {
  @IsIn(INVESTIGATION_OUTCOMES, { message: 'Velg henlagt (closed) eller følges opp (followed-up).' })
  outcome: 'closed' | 'followed-up';
}

export class ReceiptExemptionDto {
  @IsIn(RECEIPT_EXEMPTION_GROUNDS, { message: 'Velg åpenbart grunnløs (obviously-unfounded) eller særlige grunner (special-reasons).' })
  ground: 'obviously-unfounded' | 'special-reasons';

  @IsString(text)
  @MaxLength(MAX_REASON, reason)
  reason: string;
}
