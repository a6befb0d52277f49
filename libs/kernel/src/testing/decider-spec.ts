import type { Decider } from '../decider/decider';

type ErrorClass<T extends Error> = abstract new (...args: never[]) => T;

/**
 * Decider tests that read as specifications (Emmett's DeciderSpecification):
 *   spec.given([events]).when(command).then([events])
 *   spec.given([events]).when(command).thenThrows(SomeError, (e) => ...)
 * Uses jest's `expect`, so it belongs in tests only.
 */
export function deciderSpec<Command, Event, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  context: Context,
) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command) {
          const run = (): Event[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()), context);
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenNothing(): void {
              expect(run()).toEqual([]);
            },
            thenThrows<T extends Error>(errorType: ErrorClass<T>, check?: (error: T) => void): void {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorType);
              check?.(thrown as T);
            },
          };
        },
      };
    },
  };
}
