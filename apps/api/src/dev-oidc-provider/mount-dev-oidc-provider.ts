import { osloDate } from '@stafett/kernel';
import type { ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SIGN_IN_SETTINGS, type SignInSettings } from '@stafett/auth';
import { OrganisationViewReader, practitionerActiveOn, practitionerRolesOn } from '@stafett/organisation';
import { createDevOidcProvider, type DemoAccounts, type DevProviderRequest } from './dev-oidc-provider';

/**
 * Mounts the development provider at its issuer's path (`/oidc`) when the sign-in settings chose
 * it (development, no SIGN_IN_PROVIDERS). Its demo users are the organisation's active practitioners.
 */
export function mountDevOidcProvider(app: NestExpressApplication): void {
  const settings = app.get<SignInSettings>(SIGN_IN_SETTINGS);
  const provider = settings.providers.find((candidate) => candidate.builtIn);
  if (!provider) return;
  const view = app.get(OrganisationViewReader);
  const accounts: DemoAccounts = {
    async list() {
      const state = await view.current();
      const day = osloDate(new Date());
      return [...state.practitioners.values()]
        .filter((practitioner) => practitionerActiveOn(practitioner, day))
        .map((practitioner) => ({
          practitionerId: practitioner.practitionerId,
          displayName: practitioner.displayName ?? practitioner.practitionerId,
          unitName: state.units.get(practitioner.unitId)?.name ?? practitioner.unitId,
          roles: practitionerRolesOn(state, practitioner.practitionerId, day),
        }));
    },
  };
  // Built at its first request: test apps that never sign in do not load it, and start faster.
  let handler: ReturnType<typeof createDevOidcProvider> | undefined;
  app.use(provider.issuer.pathname.replace(/\/$/, ''), (request: DevProviderRequest, response: ServerResponse, next: (error?: unknown) => void) => {
    handler ??= createDevOidcProvider(settings, provider, accounts);
    handler.then((handle) => handle(request, response, next), next);
  });
}
