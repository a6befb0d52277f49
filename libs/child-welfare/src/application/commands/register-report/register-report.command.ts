import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ReportFiled } from '../file-report/file-report.command';

/** A report intake registers: a private person's (KS privat) or the police's (KS offentlig). */
export interface RegisterReportInput {
  readonly document: unknown;
  readonly childIds?: readonly string[];
  readonly reporterCategory?: string;
  /** When child welfare received it (a phone call typed in later), a date-time with its zone; now when absent. */
  readonly receivedAt?: string;
}

export class RegisterReportCommand extends Command<ReportFiled> {
  constructor(
    readonly input: RegisterReportInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
