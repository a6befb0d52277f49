import { Module, type DynamicModule, type ModuleMetadata, type Provider } from '@nestjs/common';
import { OrganisationModule } from '@stafett/organisation';
import { ConcernCommandRunner } from './application/concern-command-runner';
import { ConcernCommands } from './application/concern-commands.service';
import { ConcernDecisionAnswers } from './application/concern-decision-context';
import { ConcernDirectory } from './application/concern-directory';
import { CONCERN_COMMAND_HANDLERS, CONCERN_QUERY_HANDLERS } from './application/concern.handlers';
import { CONCERN_RULES } from './application/concern.tokens';
import { ParticipationInForce } from './application/queries/participation-in-force';
import { concernRulesSourceFromEnv } from './domain/concern.rules';
import { CaseFactsReader } from './infrastructure/case-facts.reader';
import { ConcernCaseStore } from './infrastructure/concern-case.store';
import { CaseWorklistReader } from './read-models/case-worklist/case-worklist.reader';
import { ChildCasesReader } from './read-models/child-cases/child-cases.reader';

export interface ConcernModuleOptions {
  /** Modules the bound ports need (the consent module for CONSENT_CHECK). */
  readonly imports?: ModuleMetadata['imports'];
  /**
   * The consent register's answers: a provider for CONSENT_CHECK. A stafettlogg opens and a service
   * joins only on a consent in force that covers it, read at the moment of the command; concern
   * imports no consent code, so the composition root binds it.
   */
  readonly consentCheck: Provider;
}

/**
 * The BTI case: its use cases on the CQRS bus and its worklists. Reading a case is the disclosure
 * module's (libs/access). Needs the global providers of the event store, the platform (CLOCK, the
 * DataSource), `PersonalDataModule` (the vault), `AuthModule` (MunicipalityAccess) and
 * ConcernRulesModule (CONCERN_RULES, per municipality).
 *
 * Global, so that other contexts' modules that still import the bare class (child-welfare) find
 * ConcernCommands and ChildCasesReader (issue 12: transitional, until they send commands on the bus).
 */
@Module({})
export class ConcernModule {
  static register(options: ConcernModuleOptions): DynamicModule {
    return {
      module: ConcernModule,
      global: true,
      imports: [OrganisationModule, ...(options.imports ?? [])],
      providers: [
        ConcernCaseStore,
        CaseFactsReader,
        ConcernDecisionAnswers,
        ConcernCommandRunner,
        ConcernCommands,
        ConcernDirectory,
        CaseWorklistReader,
        ChildCasesReader,
        ParticipationInForce,
        ...CONCERN_COMMAND_HANDLERS,
        ...CONCERN_QUERY_HANDLERS,
        options.consentCheck,
      ],
      exports: [ConcernCommands, ConcernDirectory, ConcernCaseStore, ChildCasesReader],
    };
  }
}

/**
 * The case rules per municipality (CONCERN_RULES, a ConcernRulesSource), read once from the
 * environment: `CASE_LEADER_MAY_COORDINATE` (see concern.rules.ts). A module of its own so that the
 * composition root can build it from its env, as AccessModule.forRoot(env) does.
 */
@Module({})
export class ConcernRulesModule {
  static forRoot(env: NodeJS.ProcessEnv): DynamicModule {
    return { module: ConcernRulesModule, global: true, providers: [{ provide: CONCERN_RULES, useValue: concernRulesSourceFromEnv(env) }], exports: [CONCERN_RULES] };
  }
}
