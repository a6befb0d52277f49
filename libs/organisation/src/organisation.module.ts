import { Module } from '@nestjs/common';
import { ChangePractitionerRolesHandler } from './application/commands/change-practitioner-roles/change-practitioner-roles.handler';
import { EndUnitCoverageHandler } from './application/commands/end-unit-coverage/end-unit-coverage.handler';
import { RegisterMunicipalityHandler } from './application/commands/register-municipality/register-municipality.handler';
import { RegisterPractitionerHandler } from './application/commands/register-practitioner/register-practitioner.handler';
import { RegisterServiceUnitHandler } from './application/commands/register-service-unit/register-service-unit.handler';
import { StartUnitCoverageHandler } from './application/commands/start-unit-coverage/start-unit-coverage.handler';
import { DEFAULT_ORGANISATION_RULES, ORGANISATION_RULES, OrganisationCommandRunner } from './application/organisation-command-runner';
import { OrganisationConfigBootstrap } from './application/organisation-config.bootstrap';
import { ShowCallerHandler } from './application/queries/show-caller/show-caller.handler';
import { ShowDirectoryHandler } from './application/queries/show-directory/show-directory.handler';
import { ShowOrganisationHandler } from './application/queries/show-organisation/show-organisation.handler';
import { OrganisationDirectory } from './infrastructure/organisation-directory';
import { OrganisationViewReader } from './read-models/organisation-view/organisation-view.reader';

/**
 * The organisation: its commands and queries (on the CQRS bus), the start-up configuration, the
 * read side and the practitioner directory that authentication asks. Needs the global providers of
 * the event store and the platform (APP_CONFIG, CLOCK, the read-side DataSource).
 */
@Module({
  providers: [
    { provide: ORGANISATION_RULES, useValue: DEFAULT_ORGANISATION_RULES },
    OrganisationCommandRunner,
    RegisterMunicipalityHandler,
    RegisterServiceUnitHandler,
    StartUnitCoverageHandler,
    EndUnitCoverageHandler,
    RegisterPractitionerHandler,
    ChangePractitionerRolesHandler,
    ShowOrganisationHandler,
    ShowCallerHandler,
    ShowDirectoryHandler,
    OrganisationViewReader,
    OrganisationDirectory,
    OrganisationConfigBootstrap,
  ],
  exports: [OrganisationViewReader, OrganisationDirectory],
})
export class OrganisationModule {}
