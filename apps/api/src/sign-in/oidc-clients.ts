import { Inject, Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import { SIGN_IN_SETTINGS, type SignInProviderSettings, type SignInSettings } from '@stafett/auth';

/** Calls to a provider give up after this long; a sign-in page that hangs helps nobody. */
const PROVIDER_TIMEOUT_SECONDS = 5;

/**
 * The OpenID Connect client of each sign-in provider (openid-client): the provider's metadata,
 * our client id and secret. A real provider's metadata comes from its discovery document, fetched
 * at the first sign-in and kept; a failed fetch is retried at the next one. The built-in
 * development provider lives in this process, so its metadata is known without asking.
 */
@Injectable()
export class OidcClients {
  private readonly configurations = new Map<string, Promise<oidc.Configuration>>();

  constructor(@Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings) {}

  provider(id: string | undefined): SignInProviderSettings | undefined {
    const { providers } = this.settings;
    if (id === undefined) return providers.length === 1 ? providers[0] : undefined;
    return providers.find((provider) => provider.id === id);
  }

  configuration(provider: SignInProviderSettings): Promise<oidc.Configuration> {
    let configuration = this.configurations.get(provider.id);
    if (!configuration) {
      configuration = this.create(provider);
      configuration.catch(() => this.configurations.delete(provider.id));
      this.configurations.set(provider.id, configuration);
    }
    return configuration;
  }

  private async create(provider: SignInProviderSettings): Promise<oidc.Configuration> {
    // Plain http only reaches the development provider on this machine; the settings refuse it in production.
    const insecure = provider.issuer.protocol === 'http:' && this.settings.mode === 'development';
    const configuration = provider.builtIn
      ? new oidc.Configuration(builtInMetadata(provider.issuer), provider.clientId, provider.clientSecret)
      : await oidc.discovery(provider.issuer, provider.clientId, provider.clientSecret, undefined, {
          timeout: PROVIDER_TIMEOUT_SECONDS,
          execute: insecure ? [oidc.allowInsecureRequests] : [],
        });
    if (insecure && provider.builtIn) oidc.allowInsecureRequests(configuration);
    configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
    return configuration;
  }
}

/** The endpoints of the development provider (apps/api/src/dev-oidc-provider), as its discovery document names them. */
function builtInMetadata(issuer: URL): oidc.ServerMetadata {
  const base = issuer.href.replace(/\/$/, '');
  return {
    issuer: base,
    authorization_endpoint: `${base}/auth`,
    token_endpoint: `${base}/token`,
    jwks_uri: `${base}/jwks`,
    end_session_endpoint: `${base}/session/end`,
    id_token_signing_alg_values_supported: ['ES256'],
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
  };
}
