// The few parts of oidc-provider (ESM, untyped) that the development provider uses. The
// community types (@types/oidc-provider) pull in @types/express, which retypes the whole app.
declare module 'oidc-provider' {
  type Request = import('node:http').IncomingMessage;
  type Response = import('node:http').ServerResponse;

  export interface InteractionDetails {
    readonly uid: string;
    readonly prompt: { readonly name: string };
    readonly params: Readonly<Record<string, unknown>>;
  }

  export interface GrantInstance {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface ProviderContext {
    readonly host: string;
    body: string;
    type: string;
    readonly oidc: {
      readonly client?: { readonly clientId: string };
      readonly session?: { readonly accountId?: string; grantIdFor(clientId: string): string | undefined };
      readonly result?: { readonly consent?: { readonly grantId?: string } };
    };
  }

  export default class Provider {
    constructor(issuer: string, configuration: Readonly<Record<string, unknown>>);
    proxy: boolean;
    readonly Grant: {
      new (properties: { accountId: string; clientId: string }): GrantInstance;
      find(id: string): Promise<GrantInstance | undefined>;
    };
    callback(): (request: Request, response: Response) => void;
    interactionDetails(request: Request, response: Response): Promise<InteractionDetails>;
    interactionFinished(
      request: Request,
      response: Response,
      result: Readonly<Record<string, unknown>>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
