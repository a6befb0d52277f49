import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { ProviderContext } from 'oidc-provider';
import { AuthConfigurationError, type SignInProviderSettings, type SignInSettings } from '@stafett/auth';
import { errorPage, signInPage, signOutPage, type DemoAccount } from './dev-provider.pages';

/** Where the demo users come from: the organisation's practitioners, active today. */
export interface DemoAccounts {
  list(): Promise<readonly DemoAccount[]>;
}

type Next = (error?: unknown) => void;
export type DevProviderRequest = IncomingMessage & { body?: unknown; originalUrl?: string };
type Handler = (request: DevProviderRequest, response: ServerResponse, next: Next) => void;

/** Express strips the mount path (`/oidc`) from `url`: these are the paths below it. */
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/abort)?\/?(\?.*)?$/;

/**
 * The local OpenID Provider for development (the `oidc-provider` package), mounted at `/oidc` in
 * the API itself, so that the browser goes through the same authorization code flow with PKCE as
 * in production. Its sign-in page offers the demo users of the organisation; it never exists in
 * production (the settings refuse it, and the package is a development dependency).
 */
export async function createDevOidcProvider(settings: SignInSettings, provider: SignInProviderSettings, accounts: DemoAccounts): Promise<Handler> {
  if (settings.mode === 'production' || !provider.builtIn) {
    throw new AuthConfigurationError('The development sign-in provider does not exist in production.');
  }
  // Loaded here, not at the top: an ESM-only development dependency, absent from production installs.
  const { default: Provider } = await import('oidc-provider');
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'ES256', use: 'sig', kid: 'dev-provider' };
  const mountPath = provider.issuer.pathname.replace(/\/$/, '');

  const oidcProvider = new Provider(provider.issuer.href.replace(/\/$/, ''), {
    clients: [
      {
        client_id: provider.clientId,
        client_secret: provider.clientSecret,
        redirect_uris: [provider.redirectUri.href],
        post_logout_redirect_uris: [`${settings.publicOrigin}/logget-ut`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [signingKey] },
    // The keys live only as long as the process: a restart ends the provider's sessions, as it should here.
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    // Seconds. Stafett keeps no provider tokens: the ID token only ends the provider's session later.
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 10 * 3600, Grant: 10 * 3600 },
    claims: { openid: ['sub'], profile: ['name'] },
    scopes: ['openid', 'profile'],
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (context: ProviderContext, form: string) => {
          context.type = 'html';
          context.body = signOutPage(form);
        },
      },
    },
    interactions: { url: async (_context: unknown, interaction: { uid: string }) => `${mountPath}/interaction/${interaction.uid}` },
    findAccount: async (_context: unknown, sub: string) => {
      const account = (await accounts.list()).find((candidate) => candidate.practitionerId === sub);
      return account ? { accountId: sub, claims: async () => ({ sub, name: account.displayName }) } : undefined;
    },
    // Stafett is the provider's only client and a first-party one: no consent screen.
    loadExistingGrant: async (context: ProviderContext) => {
      const { client, session, result } = context.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return oidcProvider.Grant.find(grantId);
      const grant = new oidcProvider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    renderError: async (context: ProviderContext) => {
      context.type = 'html';
      context.body = errorPage('Innloggingstjenesten kunne ikke behandle forespørselen. Start innloggingen på nytt fra Stafett.');
    },
  });
  const providerHandler = oidcProvider.callback();

  const sendPage = (response: ServerResponse, status: number, body: string) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(body);
  };

  return (request, response, next) => {
    const match = INTERACTION.exec(request.url ?? '');
    if (!match) return providerHandler(request, response);
    const [, uid, action] = match;
    void (async () => {
      const details = await oidcProvider.interactionDetails(request, response);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      const loginAction = `${mountPath}/interaction/${uid}/login`;
      if (action === '/abort') {
        return oidcProvider.interactionFinished(request, response, { error: 'access_denied', error_description: 'Innloggingen ble avbrutt.' });
      }
      if (action === '/login' && request.method === 'POST') {
        const user = (request.body as { user?: unknown } | undefined)?.user;
        const accountList = await accounts.list();
        if (typeof user !== 'string' || !accountList.some((account) => account.practitionerId === user)) {
          return sendPage(response, 400, signInPage(loginAction, accountList, 'Velg en av demobrukerne.'));
        }
        return oidcProvider.interactionFinished(request, response, { login: { accountId: user } }, { mergeWithLastSubmission: false });
      }
      if (request.method !== 'GET' || action !== undefined) return sendPage(response, 405, errorPage('Denne handlingen finnes ikke.'));
      return sendPage(response, 200, signInPage(loginAction, await accounts.list()));
    })().catch(() => {
      // An unknown, used or expired interaction (its cookie is gone): start again from Stafett.
      if (!response.headersSent) sendPage(response, 400, errorPage('Innloggingen er utløpt eller ugyldig.'));
      else next();
    });
  };
}
