/**
 * A command was refused. Every domain error carries an English message for developers and logs
 * (never personal data), a Norwegian bokmål text for end users, and a stable code; the API's
 * exception filter maps them to problem+json.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    /** Norwegian bokmål, safe to show to the user. */
    readonly userMessage: string,
  ) {
    super(message);
  }
}

/** One field of a command that failed validation. */
export interface FieldProblem {
  /** Path into the command, e.g. `guardians[1].nationalId`. */
  readonly field: string;
  readonly message: string;
  readonly userMessage: string;
}

/** The command's fields failed validation; every problem is listed, not only the first. */
export class InvalidCommandError extends DomainError {
  override readonly name = 'InvalidCommandError';
  readonly code = 'invalid-command';

  constructor(
    readonly commandType: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(
      `${commandType} is invalid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems.length === 1 ? problems[0].userMessage : 'Noen av opplysningene er ikke gyldige. Se feltene som er markert.',
    );
  }
}

/** Collects field problems; throws them together. */
export class FieldProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string, userMessage: string): this {
    this.problems.push({ field, message, userMessage });
    return this;
  }

  get all(): readonly FieldProblem[] {
    return [...this.problems];
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(commandType: string): void {
    if (this.problems.length > 0) throw new InvalidCommandError(commandType, [...this.problems]);
  }
}
