import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReportEvent } from '../../../domain/report.events';

/** A report filed by a unit in Stafett: a KS offentlig document, the child, and the BTI case if any. */
export interface FileReportInput {
  readonly document: unknown;
  /** Optional: the children come from the document. When given, it must be the one child the document names. */
  readonly childId?: string;
  readonly caseId?: string;
}

/** The answer to filing or registering: the report's id and the types of the events it recorded. */
export interface ReportFiled {
  readonly reportId: string;
  readonly events: Array<ReportEvent['type']>;
}

/**
 * A practitioner files a report (statutory duty: no consent is asked). From a BTI case, the case also
 * records the link (LinkReportToChildWelfare, which needs no consent either).
 */
export class FileReportCommand extends Command<ReportFiled> {
  constructor(
    readonly input: FileReportInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
