import {
  Module,
  type ClassProvider,
  type DynamicModule,
  type ExistingProvider,
  type FactoryProvider,
  type ModuleMetadata,
  type Provider,
  type ValueProvider,
} from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthGuard } from './access/auth.guard';
import { MunicipalityAccess } from './access/municipality-access.service';
import { RouteAccessAudit } from './access/route-access.audit';
import { AUTH_SETTINGS, type AuthSettings } from './config/auth.settings';
import { systemClock } from '@stafett/kernel';
import { AUTH_CLOCK, type AuthClock } from './principal/auth.clock';
import { PRACTITIONER_DIRECTORY, type PractitionerDirectory } from './principal/practitioner-directory.port';
import { TOKEN_KEY_SOURCE, createTokenKeySource } from './tokens/token-key-source';
import { TokenVerifier } from './tokens/token-verifier.service';
import { SIGN_IN_SETTINGS, type SignInSettings } from './config/sign-in.settings';
import { WebSessionStore } from './sessions/web-session.store';

/** How the application supplies its {@link PractitionerDirectory}: any Nest provider shape. */
export type PractitionerDirectoryProvider =
  | Omit<ClassProvider<PractitionerDirectory>, 'provide'>
  | Omit<ValueProvider<PractitionerDirectory>, 'provide'>
  | Omit<FactoryProvider<PractitionerDirectory>, 'provide'>
  | Omit<ExistingProvider<PractitionerDirectory>, 'provide'>;

export interface AuthModuleOptions {
  readonly settings: AuthSettings;
  readonly practitionerDirectory: PractitionerDirectoryProvider;
  /** Modules the directory provider needs (e.g. the organisation read model's module). */
  readonly imports?: ModuleMetadata['imports'];
  /** Defaults to the system clock. */
  readonly clock?: AuthClock;
  /**
   * The web front's sign-in: with it, the guard also accepts a session cookie (sessions are kept in
   * PostgreSQL, so the app must provide TypeORM's DataSource). Without it, bearer tokens only.
   */
  readonly signIn?: SignInSettings;
}

/**
 * Authentication and authorisation for the HTTP API: registers the default-deny {@link AuthGuard}
 * globally and exports {@link MunicipalityAccess} for handlers. Global, so that handlers anywhere can
 * inject MunicipalityAccess without importing this module again.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    const sessions: Provider[] = options.signIn ? [{ provide: SIGN_IN_SETTINGS, useValue: options.signIn }, WebSessionStore] : [];
    return {
      module: AuthModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: AUTH_SETTINGS, useValue: options.settings },
        { provide: AUTH_CLOCK, useValue: options.clock ?? systemClock },
        { provide: PRACTITIONER_DIRECTORY, ...options.practitionerDirectory } satisfies Provider,
        { provide: TOKEN_KEY_SOURCE, useFactory: createTokenKeySource, inject: [AUTH_SETTINGS] },
        TokenVerifier,
        MunicipalityAccess,
        RouteAccessAudit,
        ...sessions,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AUTH_SETTINGS, AUTH_CLOCK, TokenVerifier, MunicipalityAccess, PRACTITIONER_DIRECTORY, ...(options.signIn ? [SIGN_IN_SETTINGS, WebSessionStore] : [])],
    };
  }
}
