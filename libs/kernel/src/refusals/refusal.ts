/**
 * A command or query was refused. Each context keeps one table of its refusal codes: the HTTP status,
 * an English message for developers and logs (ids and codes only, never personal data) and a Norwegian
 * bokmål text for users. The API's problem filter maps a refusal by its status and code alone.
 */
export type RefusalStatus = 400 | 403 | 404 | 409 | 422;

export interface RefusalDefinition<Params> {
  readonly status: RefusalStatus;
  /** English, for logs: ids, levels and codes only. */
  readonly message: (params: Params) => string;
  /** Norwegian bokmål, safe to show to the user. */
  readonly userMessage: (params: Params) => string;
}

export class Refusal<Code extends string = string> extends Error {
  constructor(
    /** The context that refused (`concern`, `consent`, ...). */
    readonly context: string,
    readonly code: Code,
    readonly status: RefusalStatus,
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds definitions of different parameter types
type AnyDefinition = RefusalDefinition<any>;
type ParamsOf<D> = D extends RefusalDefinition<infer P> ? P : never;

/** One code of a table: `new Kind(...args)` builds its refusal, `error instanceof Kind` matches that code only. */
export interface RefusalKind<Args extends unknown[], Params> {
  new (...args: Args): Refusal & Readonly<Params>;
  readonly code: string;
}

/**
 * A context's refusal table. `kind(code, toParams)` gives a constructor for one code, so deciders
 * write `throw new CaseClosed(caseId, command.type)` and tests `thenThrows(CaseClosed, (e) => ...)`.
 */
export function refusalTable<Table extends Record<string, AnyDefinition>>(context: string, table: Table) {
  return {
    context,
    table,
    kind<Code extends keyof Table & string, Args extends unknown[]>(code: Code, toParams: (...args: Args) => ParamsOf<Table[Code]>, name?: string): RefusalKind<Args, ParamsOf<Table[Code]>> {
      const definition = table[code];
      const Kind = class extends Refusal<Code> {
        constructor(...args: Args) {
          const params = toParams(...args);
          super(context, code, definition.status, definition.message(params), definition.userMessage(params));
          Object.assign(this, params);
        }
        static readonly code = code;
        static override [Symbol.hasInstance](value: unknown): boolean {
          return value instanceof Refusal && value.context === context && value.code === code;
        }
      };
      const className = name ?? `${context}:${code}`;
      Object.defineProperty(Kind, 'name', { value: className });
      Object.defineProperty(Kind.prototype, 'name', { value: className });
      return Kind as unknown as RefusalKind<Args, ParamsOf<Table[Code]>>;
    },
  };
}
