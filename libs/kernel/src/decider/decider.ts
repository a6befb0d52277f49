/**
 * An event as a decider sees it: type and data. The application adds id and metadata when it
 * appends (see NewEvent in @stafett/event-store); a RecordedEvent fits this shape when read back.
 */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** Emmett's decider: plain functions, no I/O; time and ids arrive in the command or the context. */
export interface Decider<Command, Event, State, Context = void> {
  decide(command: Command, state: State, context: Context): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Guards exhaustive switches: adding a command or event type without handling it fails to compile. */
export function assertNever(value: never, what: string): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify((value as { type?: unknown })?.type ?? value)}`);
}
