import { Refusal } from './refusal';

/** One field of a command that failed validation. */
export interface FieldProblem {
  /** Path into the command, e.g. `guardians[1].nationalId`. */
  readonly field: string;
  readonly message: string;
  readonly userMessage: string;
}

/** The command's fields failed validation; every problem is listed, not only the first. */
export class InvalidCommandError extends Refusal<'invalid-command'> {
  override readonly name = 'InvalidCommandError';

  constructor(
    readonly commandType: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(
      'kernel',
      'invalid-command',
      400,
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
