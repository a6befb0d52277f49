import { FieldProblems, isInstant, type Instant } from '@stafett/kernel';
import { checkEntityId, checkKommunenummer } from '@stafett/organisation';
import { textProblem } from '@stafett/platform';
import type { ReceiveReport } from './report.commands';
import { categoryFitsKind, isReporterCategory } from './reporter-category';

export const MAX_REASON_LENGTH = 4000;

/** A written reason: trimmed, not empty, bounded. `undefined` when it is not one. */
export function cleanReason(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const reason = value.trim();
  return textProblem(reason, MAX_REASON_LENGTH) === undefined ? reason : undefined;
}

export function checkReason(problems: FieldProblems, field: string, value: unknown, userMessage: string): void {
  if (cleanReason(value) === undefined) problems.add(field, `a written reason of 1-${MAX_REASON_LENGTH} characters is required`, userMessage);
}

/** Every problem with a ReceiveReport, listed together (InvalidCommandError). */
export function validateReceiveReport(command: ReceiveReport, now: Instant): void {
  const problems = new FieldProblems();
  checkEntityId(problems, 'reportId', command.reportId);
  checkKommunenummer(problems, 'kommunenummer', command.kommunenummer);

  if (command.reporterKind !== 'public' && command.reporterKind !== 'private') {
    problems.add('reporterKind', 'must be public or private', 'Velg om melderen er offentlig eller privat.');
  }
  if (!isReporterCategory(command.reporterCategory)) {
    problems.add('reporterCategory', 'unknown reporter category', 'Velg hvem som meldte.');
  } else if ((command.reporterKind === 'public' || command.reporterKind === 'private') && !categoryFitsKind(command.reporterCategory, command.reporterKind)) {
    problems.add(
      'reporterCategory',
      `category ${command.reporterCategory} cannot be a ${command.reporterKind} reporter`,
      command.reporterKind === 'public' ? 'Denne meldergruppen kan ikke være offentlig melder.' : 'Denne meldergruppen kan ikke være privat melder.',
    );
  }

  const channel = command.channel;
  if (channel?.kind === 'service-unit') checkEntityId(problems, 'channel.unitId', channel.unitId);
  else if (channel?.kind === 'intake') checkEntityId(problems, 'channel.registeredBy', channel.registeredBy);
  else if (channel?.kind !== 'fiks') problems.add('channel', 'must be service-unit, fiks or intake', 'Oppgi hvordan meldingen kom inn.');
  // A unit in Stafett is a public service by definition.
  if (channel?.kind === 'service-unit' && command.reporterKind !== 'public') {
    problems.add('reporterKind', 'a report from a service unit has a public reporter', 'En melding fra en tjeneste har en offentlig melder.');
  }

  if (!isInstant(command.receivedAt)) {
    problems.add('receivedAt', 'must be an ISO-8601 UTC instant', 'Mottakstidspunktet er ikke et gyldig tidspunkt.');
  } else if (Date.parse(command.receivedAt) > Date.parse(now)) {
    problems.add('receivedAt', 'must not be in the future', 'Mottakstidspunktet kan ikke være fram i tid.');
  }

  if (!Array.isArray(command.children) || command.children.length === 0) {
    problems.add('children', 'at least one child is required', 'Meldingen må gjelde minst ett barn.');
  } else {
    command.children.forEach((child, i) => {
      if (typeof child?.unborn !== 'boolean') problems.add(`children[${i}].unborn`, 'must be true or false', 'Oppgi om barnet er ufødt.');
      if (child?.childId !== undefined) checkEntityId(problems, `children[${i}].childId`, child.childId);
    });
  }
  if (command.linkedCaseId !== undefined) checkEntityId(problems, 'linkedCaseId', command.linkedCaseId);
  problems.throwIfAny(command.type);
}
